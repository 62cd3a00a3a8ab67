import type { Page } from "@playwright/test";
import { clickNode, expect, nodePoint, openMap, test } from "./fixtures.ts";

async function selectedClasses(page: Page, id: string): Promise<string[]> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { __cy?: import("cytoscape").Core }).__cy;
    return cy?.getElementById(`n:${nodeId}`).classes() ?? [];
  }, id);
}

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });

test("clicking a node on the canvas opens its details", async ({ page }) => {
  await openMap(page);
  await clickNode(page, "coding-auditor");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Coding Auditor");
  await expect(details(page)).toContainText("Advances to");
  expect(await selectedClasses(page, "coding-auditor")).toContain("selected");
  expect(await selectedClasses(page, "medical-records-clerk")).toContain("dimmed");
});

test("a next step in the panel moves the selection and brings it into view", async ({ page }) => {
  await openMap(page);
  await clickNode(page, "coding-auditor");
  await details(page)
    .getByRole("button", { name: /Compliance Auditor/ })
    .first()
    .click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Compliance Auditor");
  expect(await selectedClasses(page, "compliance-auditor")).toContain("selected");
});

test("search finds a credential by abbreviation, selects and centres it", async ({ page }) => {
  await openMap(page);
  const search = page.getByRole("combobox", { name: "Search roles and credentials" });
  await search.fill("cpma");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toContainText("CPMA");
  await page.waitForTimeout(500);
  const point = await nodePoint(page, "cpma");
  const box = await page.locator('[data-map-ready="true"]').boundingBox();
  if (!box) throw new Error("no map");
  expect(Math.abs(point.x - (box.x + box.width / 2))).toBeLessThan(40);
  expect(Math.abs(point.y - (box.y + box.height / 2))).toBeLessThan(40);
});

test("Escape and a click on the background clear the selection", async ({ page }) => {
  await openMap(page);
  await clickNode(page, "physician-coder");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Physician Coder");
  await page.keyboard.press("Escape");
  await expect(details(page).getByRole("heading", { level: 2 })).not.toHaveText("Physician Coder");
  expect(await selectedClasses(page, "physician-coder")).not.toContain("selected");

  await clickNode(page, "physician-coder");
  const box = await page.locator('[data-map-ready="true"]').boundingBox();
  if (!box) throw new Error("no map");
  await page.mouse.click(box.x + box.width - 100, box.y + box.height - 20);
  expect(await selectedClasses(page, "physician-coder")).not.toContain("selected");
});

test("filters hide credentials from the map and from search", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: /Filters/ }).click();
  await page
    .getByRole("checkbox", { name: /credentials/i })
    .first()
    .uncheck();
  expect(await selectedClasses(page, "cpc")).toContain("filtered-out");
  // Paths are hidden with either end: none drawn to or from a credential, the rest still drawn.
  const paths = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
    const drawn = cy
      .edges()
      .filter((edge) => edge.visible())
      .toArray() as import("cytoscape").EdgeSingular[];
    const credential = (node: import("cytoscape").NodeSingular) => node.data("kind") === "credential";
    return {
      drawn: drawn.length,
      toCredentials: drawn.filter((edge) => credential(edge.source()) || credential(edge.target())).length,
    };
  });
  expect(paths.toCredentials).toBe(0);
  expect(paths.drawn).toBeGreaterThan(0);
  await page.keyboard.press("Escape");
  await page.getByRole("combobox", { name: "Search roles and credentials" }).fill("cpc");
  await expect(page.getByRole("option", { name: /CPC/ })).toHaveCount(0);
});

test("on a phone the Filters panel spans the screen, so its labels and counts are read in full", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openMap(page);
  await page.getByRole("button", { name: /Filters/ }).click();
  const option = page.locator(".filter-option").filter({ hasText: "Show credentials" });
  await expect(option).toBeVisible();
  const box = await option.boundingBox();
  // The panel hangs from the header's edges (10 px in) with 16 px of padding.
  expect(box?.width).toBeGreaterThan(375 - 2 * (10 + 16) - 1);
  await expect(option.locator(".filter-count")).toBeInViewport({ ratio: 1 });
});

test("on a phone the details open as a bottom sheet and the map stays usable", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true });
  const page = await context.newPage();
  await openMap(page);
  await page.getByRole("combobox", { name: "Search roles and credentials" }).fill("coding director");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const sheet = details(page);
  await expect(sheet.getByRole("heading", { level: 2 })).toHaveText("Coding Director");
  const sheetBox = await sheet.boundingBox();
  expect(sheetBox?.y).toBeGreaterThan(200);
  expect(sheetBox?.width).toBeLessThanOrEqual(375);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await sheet.getByRole("button", { name: "Close details" }).click();
  await context.close();
});

test("a small map is drawn straight onto the screen, so a hover and back leave its picture as it was", async ({
  page,
}) => {
  await openMap(page);
  // No texture layers and no element textures: Cytoscape's caches are not used for the screen.
  const cachedPictures = () =>
    page.evaluate(() => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      const { data } = (
        cy as unknown as { renderer(): { data: Record<string, Record<string, unknown>> } }
      ).renderer();
      const layers = Object.values(data.lyrTxrCache?.layersByLevel ?? {}) as unknown[][];
      const textures = Object.keys(data.eleTxrCache?.eleImgCaches ?? {});
      return layers.flat().length + textures.length;
    });
  const map = page.locator(".map-canvas");
  const before = await map.screenshot();
  const { x, y } = await nodePoint(page, "coding-auditor");
  await page.mouse.move(x, y);
  await expect.poll(() => selectedClasses(page, "coding-auditor")).toContain("hovered");
  const box = await page.locator('[data-map-ready="true"]').boundingBox();
  if (!box) throw new Error("no map");
  await page.mouse.move(box.x + box.width - 60, box.y + 40);
  await expect.poll(() => selectedClasses(page, "coding-auditor")).not.toContain("hovered");
  await page.waitForTimeout(300);
  expect(await map.screenshot()).toEqual(before);
  expect(await cachedPictures()).toBe(0);
});
