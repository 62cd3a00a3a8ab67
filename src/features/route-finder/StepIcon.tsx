import type { StepKind } from "../../domain/route/index.ts";

// Shapes echo the map: arrows for moves between positions, a hexagon (the credential shape) for earning one.
const PATHS: Record<StepKind, string> = {
  advance: "M8 13V3M4 7l4-4 4 4",
  lateral: "M3 8h10M9 4l4 4-4 4",
  "earn-credential": "M5 2h6l3 6-3 6H5L2 8z",
  qualify: "M3 8.5l3 3 7-7",
};

/** The small picture for a step's kind; decorative, as the kind is also written out. */
export function StepIcon({ kind }: { readonly kind: StepKind }) {
  return (
    <span className="step-icon" data-kind={kind} aria-hidden="true">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d={PATHS[kind]}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
