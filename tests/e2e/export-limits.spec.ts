import { makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";
import {
  download,
  jsonFile,
  mapExtent,
  openExportMenu,
  openMapFile,
  plannedSize,
  wholeMapPng,
} from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";
import { imageSize } from "./imageSize.ts";

/** One level of 700 positions in a chain: the ladder layout stacks them about 5,900 px tall. */
function tallMap() {
  const nodes = Array.from({ length: 700 }, (_, i) =>
    makePosition(`p${i}`, "entry", { label: `Position ${i}` }),
  );
  const edges = nodes.slice(1).map((node, i) => makeEdge(`p${i}`, node.id, "lateral"));
  return { ...makeGraph(nodes, edges), title: "Tall map", levels: [{ id: "entry", label: "Entry" }] };
}

test("scales whose image would pass the browser's canvas limit are disabled with the reason", async ({
  page,
}) => {
  await openMap(page);
  await openMapFile(page, jsonFile("tall.json", tallMap()));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tall map");
  await page.locator('[data-map-ready="true"]').waitFor();
  const extent = await mapExtent(page);
  expect(extent.fullHeight * 4).toBeGreaterThan(16_384);
  expect(extent.fullHeight * 2).toBeLessThan(16_384);

  await openExportMenu(page);
  const fourTimes = page.getByLabel("4×");
  await expect(fourTimes).toBeDisabled();
  await expect(fourTimes).toHaveAccessibleDescription(/too large: browsers draw at most 16,384 px a side/);
  await expect(page.getByLabel("2×")).toBeEnabled();
  await expect(page.getByLabel("2×")).toBeChecked();

  await page.getByLabel("1×").check();
  const planned = await plannedSize(page);
  const file = await download(page);
  expect(imageSize(file.bytes)).toStrictEqual(wholeMapPng(extent, planned));
});
