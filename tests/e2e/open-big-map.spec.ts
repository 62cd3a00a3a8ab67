import { writeFileSync } from "node:fs";
import { generateLattice } from "../../scripts/bench/lattice.ts";
import { expect, openMap, test } from "./fixtures.ts";

/**
 * Opening a 5,000-node / 15,000-edge map through "Open map…": the map shown stays in view with a progress
 * indicator while the new one is built slice by slice, and the work is spread over many short tasks
 * (docs/decisions/0021-opening-big-maps-in-slices.md). Every long task is recorded as an annotation.
 *
 * What is asserted is what holds on a loaded 2-core machine as on a quiet one: the longest task is a small
 * part of the whole opening (before the slices, Cytoscape's one creating task was over half of it). Issue 11's 200 ms for
 * every task is met by the slices on a quiet machine but not by Cytoscape's first frame of 20,000
 * elements; the benchmark prints both.
 */
const NODES = 5000;
const EDGES = 15000;
const LONGEST_SHARE = 0.25;

declare global {
  interface Window {
    __tasks?: { start: number; ms: number }[];
    __cy?: import("cytoscape").Core;
  }
}

test(`a ${NODES}-node map opens while the current map stays, in tasks short beside the whole`, async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  // From a file on disk: a file handed over as bytes is decoded on the page's main thread by the test tool.
  const file = testInfo.outputPath("lattice.json");
  const graph = generateLattice(NODES, EDGES, 7);
  writeFileSync(file, JSON.stringify(graph));
  await openMap(page);
  const before = await page.evaluate(() => window.__cy?.nodes("[careerId]").length ?? 0);
  const started = await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__tasks?.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: "longtask" });
    return performance.now();
  });

  await page.getByLabel("Open map…").setInputFiles(file);
  // While the new map is built, the old one is still drawn (inert, and faded, as the header and panel
  // already describe the new map) under the progress indicator.
  const progress = page.getByRole("status").filter({ hasText: `Drawing ${NODES.toLocaleString("en")}` });
  await expect(progress).toBeVisible({ timeout: 60_000 });
  const outgoing = page.locator(".map-layer[data-outgoing]");
  await expect(outgoing).toHaveCount(1);
  expect(Number(await outgoing.evaluate((layer) => getComputedStyle(layer).opacity))).toBeLessThan(0.5);
  expect(await page.evaluate(() => window.__cy?.nodes("[careerId]").length)).toBe(before);

  await expect(progress).toBeHidden({ timeout: 120_000 });
  await expect(page.locator(".map-layer")).toHaveCount(1);
  await page.locator('[data-map-ready="true"]').waitFor();
  const drawnAt = await page.evaluate(
    () => performance.getEntriesByName("career-map:first-draw").at(-1)?.startTime ?? Number.NaN,
  );
  expect(await page.evaluate(() => window.__cy?.nodes("[careerId]").length)).toBe(NODES);
  expect(await page.evaluate(() => window.__cy?.edges().length)).toBe(EDGES);
  // Long tasks are reported after they end; give the first frame's a moment to arrive.
  await page.waitForTimeout(500);

  const tasks = (await page.evaluate(() => window.__tasks)) ?? [];
  const opening = tasks.filter((task) => task.start <= drawnAt);
  const longest = Math.max(0, ...opening.map((task) => task.ms));
  testInfo.annotations.push({
    type: "long tasks while opening (start:ms, from the pick)",
    description: opening
      .map((task) => `${(task.start - started).toFixed(0)}:${task.ms.toFixed(0)}`)
      .join(" "),
  });
  expect(longest).toBeLessThan((drawnAt - started) * LONGEST_SHARE);
});
