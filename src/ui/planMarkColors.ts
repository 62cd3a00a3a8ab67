import type { PlanMark } from "../domain/plan/plan.ts";

/**
 * How each plan mark looks: a ring around the node on the map, the same ring in the legend and in exported
 * images, and a glyph in lists. Ring styles differ as well as colours, so colour is never the only cue.
 */
export const PLAN_MARK_LOOKS: Record<
  PlanMark,
  { color: string; ring: "solid" | "dashed" | "dotted" | "double"; glyph: string }
> = {
  done: { color: "#15803d", ring: "solid", glyph: "✓" },
  "in-progress": { color: "#be185d", ring: "dashed", glyph: "◐" },
  planned: { color: "#1e40af", ring: "dotted", glyph: "○" },
  skipped: { color: "#6b7280", ring: "double", glyph: "–" },
};
