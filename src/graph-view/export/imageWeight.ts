import type { ExportFormat } from "../../ui/mapExporter.ts";

/**
 * When a raster export is drawn in slices instead of by `cy.png` in one step: past about 16 million pixels
 * or 3,000 map elements, one step would block the page for more than a few hundred milliseconds on a slow
 * machine (measured in scripts/bench/bigExport.ts). Smaller pictures keep the one-step path.
 */
export const SLICED_FROM = { pixels: 16_000_000, elements: 3_000 } as const;

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
