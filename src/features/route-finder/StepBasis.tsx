import type { EdgeBasis } from "../../domain/careerGraph.ts";
import { SafeLink } from "../../ui/SafeLink.tsx";

/** Whether the map backs this step with a source or it is the map author's judgement, with the reasoning. */
export function StepBasis({ basis }: { readonly basis: EdgeBasis }) {
  if (basis.kind === "sourced") {
    return (
      <SafeLink
        href={basis.source}
        className="step-basis step-basis-sourced"
        title={basis.note === undefined ? "Sourced: open the source" : `Sourced: ${basis.note}`}
      >
        Sourced
      </SafeLink>
    );
  }
  return (
    <span className="step-basis step-basis-editorial" title={`Editorial: ${basis.note}`}>
      Editorial
      <span className="visually-hidden">: {basis.note}</span>
    </span>
  );
}
