import type { Core } from "cytoscape";
import type { ExportArea } from "../../ui/mapExporter.ts";

/** A part of the map in model coordinates, and its size in image pixels at scale 1. */
export interface Region {
  readonly x1: number;
  readonly y1: number;
  /** Model units covered; equals the pixel size except for the current view, which is zoomed. */
  readonly w: number;
  readonly h: number;
  readonly pixelWidth: number;
  readonly pixelHeight: number;
}

/** Room around a route so its end nodes' halos and the nodes beside it show. */
const ROUTE_MARGIN = 48;

/**
 * The whole map as Cytoscape's own full export frames it (the bounding box of all elements, rounded up
 * to whole pixels), so a size worked out here is the size Cytoscape draws.
 */
export function fullRegion(cy: Core, bb: BoundingBox = cy.elements().boundingBox()): Region {
  const w = Math.ceil(bb.w);
  const h = Math.ceil(bb.h);
  return { x1: bb.x1, y1: bb.y1, w, h, pixelWidth: w, pixelHeight: h };
}

type BoundingBox = { readonly x1: number; readonly y1: number; readonly w: number; readonly h: number };

/**
 * The whole map's bounding box as `cy.elements().boundingBox()` gives it (the smallest box around every
 * element's own box), summed over several tasks: on a map of 20,000 elements it takes hundreds of
 * milliseconds on a slow machine.
 */
export async function boundingBoxInSlices(cy: Core, between: () => Promise<void>): Promise<BoundingBox> {
  let [x1, y1, x2, y2] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -Infinity, -Infinity];
  let started = performance.now();
  for (const ele of cy.elements().toArray()) {
    const bb = ele.boundingBox();
    x1 = Math.min(x1, bb.x1);
    y1 = Math.min(y1, bb.y1);
    x2 = Math.max(x2, bb.x2);
    y2 = Math.max(y2, bb.y2);
    if (performance.now() - started > 30) {
      await between();
      started = performance.now();
    }
  }
  const finite = (value: number) => (Number.isFinite(value) ? value : 0);
  return { x1: finite(x1), y1: finite(y1), w: finite(x2 - x1), h: finite(y2 - y1) };
}

/**
 * The part of the map to export: whole map, the screen's view (at screen size), or the drawn route.
 * `full` is the whole map's region when it is known already.
 */
export function exportRegion(cy: Core, area: ExportArea, known?: Region): Region {
  if (area === "view") {
    const extent = cy.extent();
    return {
      x1: extent.x1,
      y1: extent.y1,
      w: extent.w,
      h: extent.h,
      pixelWidth: cy.width(),
      pixelHeight: cy.height(),
    };
  }
  const full = known ?? fullRegion(cy);
  const route = cy.elements(".on-route");
  if (area === "full" || route.empty()) return full;
  const bb = route.boundingBox();
  const x1 = Math.max(full.x1, Math.floor(bb.x1 - ROUTE_MARGIN));
  const y1 = Math.max(full.y1, Math.floor(bb.y1 - ROUTE_MARGIN));
  const x2 = Math.min(full.x1 + full.w, Math.ceil(bb.x2 + ROUTE_MARGIN));
  const y2 = Math.min(full.y1 + full.h, Math.ceil(bb.y2 + ROUTE_MARGIN));
  const w = Math.max(1, Math.round(x2 - x1));
  const h = Math.max(1, Math.round(y2 - y1));
  return { x1, y1, w, h, pixelWidth: w, pixelHeight: h };
}

/**
 * How many elements a region shows: nodes whose centre lies in it and paths whose ends' box meets it. The
 * file size estimate counts these, not the whole map: a view or a route of a 5,000-node map draws a few
 * hundred of its 20,000 elements.
 */
export function elementsInRegion(cy: Core, region: Region): number {
  const [x1, y1, x2, y2] = [region.x1, region.y1, region.x1 + region.w, region.y1 + region.h];
  let count = 0;
  for (const node of cy.nodes().toArray()) {
    const at = node.position();
    if (at.x >= x1 && at.x <= x2 && at.y >= y1 && at.y <= y2) count++;
  }
  for (const edge of cy.edges().toArray()) {
    const a = edge.source().position();
    const b = edge.target().position();
    if (
      Math.max(a.x, b.x) >= x1 &&
      Math.min(a.x, b.x) <= x2 &&
      Math.max(a.y, b.y) >= y1 &&
      Math.min(a.y, b.y) <= y2
    )
      count++;
  }
  return count;
}
