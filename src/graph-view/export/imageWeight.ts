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
 * About how many bytes a file will take. A PNG pays a little for every pixel of flat background and more for
 * the edges of what is drawn, which grow with the scale, not its square. Fitted to two PNGs (decision 0019):
 * the generated 5,000-node map at 1× (105 MB; estimate 103 MB) and the bundled map at 4× (1.8 MB; estimate
 * 3.4 MB), so it is good to a factor of two. JPEG's constants are a rough guess; SVG's are per element, fitted
 * to the 5,000-node map (5.4 MB).
 */
export function estimateBytes(format: ExportFormat, pixels: number, elements: number, scale: number): number {
  if (format === "svg") return Math.round(3_000 + elements * 270);
  const drawn = elements * scale;
  if (format === "jpeg") return Math.round(pixels * 0.15 + drawn * 2_500);
  return Math.round(pixels * 0.02 + drawn * 5_150);
}
