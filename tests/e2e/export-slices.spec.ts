import type { Page } from "@playwright/test";
import { generateLattice } from "../../scripts/bench/lattice.ts";
import { download, jsonFile, openExportMenu, openMapFile, plannedSize } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";
import { imageSize } from "./imageSize.ts";

/**
 * Raster exports have two paths. Maps up to 3,000 elements (the bundled map at every scale) are drawn by
 * Cytoscape's `cy.png` in one step, as before: their files have cy.png's pixels exactly. Larger maps are
 * drawn in slices (a few dozen elements per task, composed in a worker): the same drawing calls, in the
 * same order, so the picture is cy.png's but for the anti-aliasing of a few pixels. Each case compares the
 * map part of the downloaded file with `cy.png` drawn in the page.
 */
async function differingPixels(
  page: Page,
  file: Buffer,
  top: number,
  reference: { full: boolean; scale: number; bg: string | null },
) {
  return page.evaluate(
    async ({ base64, top, reference }) => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const saved = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const sourceWidth = reference.full ? Math.ceil(cy.elements().boundingBox().w) : cy.width();
      const sourceHeight = reference.full ? Math.ceil(cy.elements().boundingBox().h) : cy.height();
      const picture = await cy.png({
        output: "blob-promise",
        full: reference.full,
        maxWidth: sourceWidth * reference.scale,
        maxHeight: sourceHeight * reference.scale,
        ...(reference.bg === null ? {} : { bg: reference.bg }),
      });
      const expected = await createImageBitmap(picture);
      const read = (image: ImageBitmap, y: number) => {
        const context = new OffscreenCanvas(expected.width, expected.height).getContext("2d");
        if (!context) throw new Error("no 2D context");
        context.drawImage(image, 0, -y);
        return context.getImageData(0, 0, expected.width, expected.height).data;
      };
      const [a, b] = [read(saved, top), read(expected, 0)];
      let differing = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3])
          differing++;
      }
      // The largest difference of the mean colour of a 16 × 16 block: a node, edge or label that is missing
      // or out of place changes a block's mean by far more than anti-aliasing or a baseline a pixel lower.
      const { width, height } = expected;
      let worstBlock = 0;
      for (let by = 0; by < height; by += 16) {
        for (let bx = 0; bx < width; bx += 16) {
          const sums = [0, 0, 0, 0];
          let count = 0;
          for (let y = by; y < Math.min(height, by + 16); y++) {
            for (let x = bx; x < Math.min(width, bx + 16); x++) {
              const i = (y * width + x) * 4;
              for (let k = 0; k < 4; k++) sums[k] = (sums[k] ?? 0) + (a[i + k] ?? 0) - (b[i + k] ?? 0);
              count++;
            }
          }
          for (const sum of sums) worstBlock = Math.max(worstBlock, Math.abs(sum / count));
        }
      }
      return { differing, pixels: a.length / 4, width, height, worstBlock: Math.round(worstBlock * 10) / 10 };
    },
    { base64: file.toString("base64"), top, reference },
  );
}

/** The light theme's map background, which a filled export puts behind the map. */
const WHITE = "#ffffff";

test("the bundled map at 4× is drawn in one step and has cy.png's pixels exactly, title and legend around them", async ({
  page,
}) => {
  await openMap(page);
  await openExportMenu(page);
  await page.getByLabel("PNG", { exact: true }).check();
  await page.getByLabel("4×").check();
  await expect(page.locator(".export-size")).toHaveAttribute("data-sliced", "false");
  const planned = await plannedSize(page);
  const file = await download(page);
  expect(imageSize(file.bytes)).toStrictEqual({ kind: "png", width: planned.width, height: planned.height });
  const reference = { full: true, scale: 4, bg: WHITE };
  const compared = await differingPixels(page, file.bytes, planned.headerHeight, reference);
  expect(compared).toStrictEqual({
    differing: 0,
    pixels: planned.mapWidth * planned.mapHeight,
    width: planned.mapWidth,
    height: planned.mapHeight,
    worstBlock: 0,
  });
});

test("a 1,200-node map is drawn in slices, and its picture is cy.png's but for anti-aliasing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openMap(page);
  const graph = generateLattice(1200, 3000, 7);
  await openMapFile(page, jsonFile("lattice.json", graph));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(graph.title, { timeout: 60_000 });
  await page.locator('[data-map-ready="true"]').waitFor();
  await openExportMenu(page);
  await page.getByLabel("PNG", { exact: true }).check();
  await page.getByLabel("1×").check();
  await page.getByLabel("Transparent").check();
  await expect(page.locator(".export-size")).toHaveAttribute("data-sliced", "true");
  const planned = await plannedSize(page);
  const file = await download(page);
  expect(imageSize(file.bytes)).toStrictEqual({ kind: "png", width: planned.width, height: planned.height });
  const compared = await differingPixels(page, file.bytes, planned.headerHeight, {
    full: true,
    scale: 1,
    bg: null,
  });
  expect([compared.width, compared.height]).toStrictEqual([planned.mapWidth, planned.mapHeight]);
  test
    .info()
    .annotations.push({ type: "pixels that differ from cy.png", description: JSON.stringify(compared) });
  expect(compared.worstBlock).toBeLessThan(24);
});
