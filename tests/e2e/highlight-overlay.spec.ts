import type { Page } from "@playwright/test";
import { generateLattice } from "../../scripts/bench/lattice.ts";
import { jsonFile, openMapFile } from "./exportHelpers.ts";
import { expect, middleNode, nodePoint, openMap, test } from "./fixtures.ts";

/**
 * Hover and selection on a 5,000-node map are drawn on the highlight overlay (docs/decisions/0020): the scene
 * below is not restyled, the overlay shows the highlighted node and its paths, and it follows the view.
 */
declare global {
  interface Window {
    __cy?: import("cytoscape").Core;
    __styled?: number;
  }
}

interface Ink {
  readonly count: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where the overlay has drawn, in CSS pixels of the map's box (null when it is empty). */
function overlayInk(page: Page): Promise<Ink | null> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.highlight-overlay");
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return null;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    let ink = { count: 0, left: width, top: height, right: -1, bottom: -1 };
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if ((data[(y * width + x) * 4 + 3] ?? 0) === 0) continue;
        ink = {
          count: ink.count + 1,
          left: Math.min(ink.left, x),
          top: Math.min(ink.top, y),
          right: Math.max(ink.right, x),
          bottom: Math.max(ink.bottom, y),
        };
      }
    }
    if (ink.count === 0) return null;
    return {
      count: ink.count,
      left: ink.left / ratio,
      top: ink.top / ratio,
      right: ink.right / ratio,
      bottom: ink.bottom / ratio,
    };
  });
}

/** The node's box on screen, relative to the map's box. */
function nodeBox(page: Page, id: string) {
  return page.evaluate((elementId) => {
    const box = window.__cy
      ?.getElementById(elementId)
      .renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    return box ? { left: box.x1, top: box.y1, right: box.x2, bottom: box.y2 } : null;
  }, `n:${id}`);
}

/** Whether the overlay has drawn just above and just below the node's box, where its rings go. */
function ringed(page: Page, id: string): Promise<boolean> {
  return page.evaluate((elementId) => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.highlight-overlay");
    const context = canvas?.getContext("2d");
    const box = window.__cy?.getElementById(elementId).renderedBoundingBox({
      includeLabels: false,
      includeOverlays: false,
      includeUnderlays: false,
    });
    if (!canvas || !context || !box) return false;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const inked = (x: number, y: number) =>
      (context.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3] ?? 0) > 0;
    const mid = (box.x1 + box.x2) / 2;
    const near = [1, 2, 3, 4, 5, 6];
    return near.some((d) => inked(mid, box.y1 - d)) && near.some((d) => inked(mid, box.y2 + d));
  }, `n:${id}`);
}

const surrounds = (
  ink: Ink | null,
  box: { left: number; top: number; right: number; bottom: number } | null,
) =>
  ink !== null &&
  box !== null &&
  ink.left <= box.left &&
  ink.top <= box.top &&
  ink.right >= box.right &&
  ink.bottom >= box.bottom;

test("a 5,000-node map shows hover and selection on its overlay, restyling nothing, and the overlay follows the zoom", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const graph = generateLattice(5000, 15000, 7);
  await openMap(page);
  await openMapFile(page, jsonFile("lattice.json", graph));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(graph.title, { timeout: 90_000 });
  await page.locator('[data-map-ready="true"]').waitFor();
  await expect(page.locator("canvas.highlight-overlay")).toHaveAttribute("aria-hidden", "true");
  expect(await overlayInk(page)).toBeNull();

  // Counts every restyle Cytoscape hears of from here on.
  await page.evaluate(() => {
    window.__styled = 0;
    window.__cy?.on("style", "*", () => {
      window.__styled = (window.__styled ?? 0) + 1;
    });
  });
  const id = await middleNode(page);

  const at = await nodePoint(page, id);
  await page.mouse.move(at.x, at.y);
  await expect.poll(async () => surrounds(await overlayInk(page), await nodeBox(page, id))).toBe(true);
  // The hovered node's paths are drawn too: ink reaches well beyond its rings.
  const hovered = await overlayInk(page);
  const box = await nodeBox(page, id);
  expect(hovered && box && hovered.right - hovered.left > box.right - box.left + 40).toBe(true);

  await page.mouse.down();
  await page.mouse.up();
  await expect(page.getByRole("heading", { level: 2, name: id })).toBeVisible();
  await page.mouse.move(at.x, at.y + 400);
  await expect.poll(async () => surrounds(await overlayInk(page), await nodeBox(page, id))).toBe(true);

  // Zooming out: the rings are drawn again around the node's new, smaller box.
  const before = await nodeBox(page, id);
  expect(await ringed(page, id)).toBe(true);
  const zoomOut = page.getByRole("button", { name: "Zoom out" });
  await zoomOut.click();
  await zoomOut.click();
  await expect
    .poll(async () => {
      const now = await nodeBox(page, id);
      return now && before ? now.right - now.left < (before.right - before.left) * 0.8 : false;
    })
    .toBe(true);
  await expect.poll(() => ringed(page, id)).toBe(true);

  // A click on empty map clears the selection and the overlay.
  await page.mouse.move(5, 5);
  await page.evaluate(() => window.__cy?.emit({ type: "tap", position: { x: -1e6, y: -1e6 } } as never));
  await expect(page.getByRole("heading", { level: 2, name: id })).toBeHidden();
  await expect.poll(() => overlayInk(page)).toBeNull();
  expect(await page.evaluate(() => window.__styled)).toBe(0);
});
