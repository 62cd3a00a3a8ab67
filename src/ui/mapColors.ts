/**
 * Colours of the map, shared by the stylesheet, the legend swatches and exported images. Kinds and issuers
 * also differ in shape and border style, so colour is never the only cue.
 */
export const MAP_COLORS = {
  position: { fill: "#e0ecff", border: "#1d4ed8", text: "#0b2559" },
  aapc: { fill: "#fff1d6", border: "#b45309", text: "#4a2306" },
  ahima: { fill: "#d9f5ef", border: "#0f766e", text: "#053d38" },
  otherIssuer: { fill: "#eeeef2", border: "#52525b", text: "#18181b" },
  advancesTo: "#475569",
  qualifiesFor: "#b45309",
  preparesFor: "#7c3aed",
  selected: "#111827",
  route: "#dc2626",
  bandFills: ["#f6f8fb", "#eef2f7"],
  bandText: "#334155",
} as const;
