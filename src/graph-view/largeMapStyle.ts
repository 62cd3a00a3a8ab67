import type { StylesheetJson } from "cytoscape";

/**
 * Added after the map's stylesheet on large maps (docs/decisions/0014-large-maps.md): no opacity
 * transitions and labels left out once they are too small to read (level of detail). Nodes and paths take
 * no pointer events: the pointer is matched to nodes in overlay/pointerOnLargeMap.ts, and hover and
 * selection are drawn on the highlight overlay, so that neither restyles the scene (0020-highlight-overlay.md).
 */
export const LARGE_MAP_STYLE: StylesheetJson = [
  { selector: "node", style: { "transition-duration": 0, "min-zoomed-font-size": 7, events: "no" } },
  { selector: "edge", style: { "transition-duration": 0, events: "no" } },
];
