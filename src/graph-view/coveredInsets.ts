import type { Core } from "cytoscape";

/** How far things laid over the map (zoom buttons, legend, drawers, sheets) reach in from each edge. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** A cover that hides nearly all of the map (an open phone sheet) leaves nothing to fit into: ignored. */
const MOST = 0.8;

/**
 * Measures everything marked `data-covers-map` that lies over the map's container, each counted against
 * the edge it costs the least room to keep clear of (a tall strip on the right takes the right edge, a
 * bar along the bottom the bottom), so the view can keep every node out from under the controls.
 */
export function coveredInsets(cy: Core): Insets {
  const container = cy.container();
  if (!container || typeof document === "undefined") return NO_INSETS;
  const box = container.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return NO_INSETS;
  const insets = { ...NO_INSETS };
  for (const cover of document.querySelectorAll("[data-covers-map]")) {
    const r = cover.getBoundingClientRect();
    const w = Math.min(r.right, box.right) - Math.max(r.left, box.left);
    const h = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
    if (w <= 0 || h <= 0 || (w * h) / (box.width * box.height) > MOST) continue;
    const sides = [
      ["left", r.right - box.left, box.width],
      ["right", box.right - r.left, box.width],
      ["top", r.bottom - box.top, box.height],
      ["bottom", box.bottom - r.top, box.height],
    ] as const;
    const [side, reach] = sides.reduce((best, next) => (next[1] / next[2] < best[1] / best[2] ? next : best));
    insets[side] = Math.max(insets[side], reach);
  }
  return insets;
}
