import { readFileSync } from "node:fs";
import {
  download,
  HOSTILE_LABELS,
  hostileMap,
  inspectSvg,
  jsonFile,
  mapExtent,
  openExportMenu,
  openMapFile,
  plannedSize,
} from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";
import { imageSize } from "./imageSize.ts";

const bundledMap = JSON.parse(readFileSync("data/career-map.json", "utf8")) as { nodes: { label: string }[] };

test.beforeEach(async ({ page }) => {
  // Any dialog (alert from an injected label, print) would be a failure or a hang: record instead.
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
});

for (const scale of [1, 2, 4]) {
  test(`PNG of the whole map at ${scale}× has the map's extent × ${scale} plus the title and legend`, async ({
    page,
  }) => {
    await openMap(page);
    await openExportMenu(page);
    await page.getByLabel("PNG", { exact: true }).check();
    await page.getByLabel(`${scale}×`).check();
    const planned = await plannedSize(page);
    const extent = await mapExtent(page);
    expect(planned.mapWidth).toBe(extent.fullWidth * scale);
    expect(planned.mapHeight).toBe(extent.fullHeight * scale);
    expect(planned.headerHeight).toBeGreaterThan(0);
    expect(planned.legendHeight).toBeGreaterThan(0);
    const file = await download(page);
    expect(file.name).toMatch(/^career-map-\d{4}-\d{2}-\d{2}\.png$/);
    expect(imageSize(file.bytes)).toStrictEqual({
      kind: "png",
      width: extent.fullWidth * scale,
      height: planned.headerHeight + extent.fullHeight * scale + planned.legendHeight,
    });
    await expect(page.getByRole("status").filter({ hasText: `Saved ${file.name}` })).toBeVisible();
  });
}

test("JPEG of the current view is the view's size × scale plus the strips", async ({ page }) => {
  await openMap(page);
  await openExportMenu(page);
  await page.getByLabel("JPEG").check();
  await page.getByLabel("Current view").check();
  await page.getByLabel("2×").check();
  await expect(page.getByLabel("Transparent")).toHaveCount(0);
  const planned = await plannedSize(page);
  const extent = await mapExtent(page);
  const file = await download(page);
  expect(file.name).toMatch(/^career-map-view-\d{4}-\d{2}-\d{2}\.jpg$/);
  expect(imageSize(file.bytes)).toStrictEqual({
    kind: "jpeg",
    width: extent.viewWidth * 2,
    height: planned.headerHeight + extent.viewHeight * 2 + planned.legendHeight,
  });
});

test("without title and legend the PNG is exactly the map, and transparent when asked", async ({
  page,
  browser,
}) => {
  await openMap(page);
  await openExportMenu(page);
  await page.getByLabel("Include title and legend").uncheck();
  await page.getByLabel("1×").check();
  await page.getByLabel("Transparent").check();
  const extent = await mapExtent(page);
  const file = await download(page);
  expect(imageSize(file.bytes)).toStrictEqual({
    kind: "png",
    width: extent.fullWidth,
    height: extent.fullHeight,
  });
  const blank = await browser.newPage();
  const corner = await blank.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
      context?.drawImage(bitmap, 0, 0);
      // Just outside the map's first band: the image's own background.
      return [...(context?.getImageData(bitmap.width - 1, bitmap.height - 1, 1, 1).data ?? [])];
    },
    [...file.bytes],
  );
  await blank.close();
  expect(corner[3]).toBe(0);
});

test("SVG of the bundled map is well-formed XML with every node label as text", async ({ page, browser }) => {
  await openMap(page);
  await openExportMenu(page);
  await page.getByLabel("SVG (vector, for print)").check();
  const file = await download(page);
  expect(file.name).toMatch(/^career-map-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await inspectSvg(browser, file.bytes.toString("utf8"));
  expect(svg).toMatchObject({ parseError: false, root: "svg", scripts: 0, eventAttributes: [], foreign: 0 });
  const text = svg.texts.join(" ");
  for (const node of bundledMap.nodes) expect(text).toContain(node.label);
});

test("SVG of a map whose labels are markup holds them as text, with no script or event attribute", async ({
  page,
  browser,
}) => {
  await openMap(page);
  await openMapFile(page, jsonFile("hostile.json", hostileMap()));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('<svg onload=alert(1)> & "map"');
  await openExportMenu(page);
  await page.getByLabel("SVG (vector, for print)").check();
  const file = await download(page);
  const raw = file.bytes.toString("utf8");
  // Markup in labels arrives escaped (&lt;script&gt;), so any "<" starts a real element of the export's own.
  expect(raw).not.toMatch(/<\s*(script|img|foreignObject)|<[^>]*\son\w+\s*=/i);
  const svg = await inspectSvg(browser, raw);
  expect(svg).toMatchObject({ parseError: false, scripts: 0, eventAttributes: [], foreign: 0 });
  const text = svg.texts.join(" ");
  for (const label of HOSTILE_LABELS) expect(text).toContain(label);
  expect(svg.texts).toContain('<svg onload=alert(1)> & "map"');
  expect(await page.evaluate(() => "xss" in window)).toBe(false);
});
