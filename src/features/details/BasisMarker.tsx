import type { EdgeBasis } from "../../domain/careerGraph.ts";
import { SafeLink } from "../../ui/SafeLink.tsx";

/** Says whether a path is backed by a source or is the map author's judgement, with the reasoning. */
export function BasisMarker({ basis }: { readonly basis: EdgeBasis }) {
  if (basis.kind === "sourced") {
    const title = basis.note === undefined ? "Sourced: open the source" : `Sourced: ${basis.note}`;
    return (
      <SafeLink href={basis.source} className="basis basis-sourced" title={title}>
        Sourced
        {basis.note === undefined ? null : <span className="visually-hidden">: {basis.note}</span>}
      </SafeLink>
    );
  }
  return (
    <span className="basis basis-inferred" title={`Editorial: ${basis.note}`}>
      Editorial
      <span className="visually-hidden">: {basis.note}</span>
    </span>
  );
}
