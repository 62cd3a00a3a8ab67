import type { ExportPlan } from "../../ui/mapExporter.ts";

/** The printed route's picture is drawn at 2×, sharp on paper at any size a page holds it. */
const PRINT_SCALE = 2;
/** Its longer side at most this many pixels: over 13 inches at 300 dpi, more than a page shows. */
export const PRINT_LONG_SIDE = 4_000;

/**
 * The scale of the printed route's picture, from its plan at 1×: 2×, or less for a route that spans much
 * of a large map, whose 2× picture would take seconds and hundreds of MB to draw (or not fit a canvas)
 * for detail the paper cannot show.
 */
export function routePrintScale(atOne: Pick<ExportPlan, "width" | "height">): number {
  const longSide = Math.max(1, atOne.width, atOne.height);
  return Math.min(PRINT_SCALE, PRINT_LONG_SIDE / longSide);
}
