import type { ExportFormat } from "../../ui/mapExporter.ts";

/**
 * When a raster export is drawn in slices instead of by `cy.png` in one step: maps of over 3,000 elements
 * (about 1,000 nodes), where one step blocks the page for seconds, and pictures of over 32 million pixels.
 * Sliced pictures differ from cy.png's in the anti-aliasing of a few pixels in a thousand (decision 0019),
 * so smaller maps, the bundled one at every scale included, keep the one-step path and its exact pixels.
 */
export const SLICED_FROM = { pixels: 32_000_000, elements: 3_000 } as const;

export function drawnInSlices(pixels: number, elements: number): boolean {
  return pixels > SLICED_FROM.pixels || elements > SLICED_FROM.elements;
}

/**
 * About how many bytes a file will take. A PNG pays a little for every pixel of flat background and much
 * more for the pixels nodes, edges and labels cover; a JPEG pays for every pixel. The constants were fitted
 * to exports of the bundled map and of generated 5,000-node maps (decision 0019), within about ±30 %.
 */
export function estimateBytes(format: ExportFormat, pixels: number, elements: number, scale: number): number {
  if (format === "svg") return Math.round(3_000 + elements * 700);
  const drawn = elements * scale * scale;
  if (format === "jpeg") return Math.round(pixels * 0.35 + drawn * 1_500);
  return Math.round(pixels * 0.02 + drawn * 4_800);
}
