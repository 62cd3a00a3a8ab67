import { writeFileSync } from "node:fs";
import { generateLattice } from "../../scripts/bench/lattice.ts";
import { routeEnds } from "../../scripts/bench/routeEnds.ts";
import { download, mapExtent, openExportMenu, plannedSize, wholeMapPng } from "./exportHelpers.ts";
import { clickNode, expect, middleNode, nodePoint, openMap, test } from "./fixtures.ts";
import { imageSize } from "./imageSize.ts";

/**
 * The same walk through a small and a 5,000-node generated map: open it with "Open map…", hide and show
 * the credentials, switch to dark mode and back, hover, click, draw a route, export a 1× PNG, rename the
 * role clicked. The results must be the same; the longest main-thread task of each step
 * is recorded as an annotation (the benchmark, not this test, holds the timing targets).
 */
const SIZES = [
  { nodes: 60, edges: 150 },
  { nodes: 5000, edges: 15000 },
] as const;

declare global {
  interface Window {
    __longest?: number;
    __cy?: import("cytoscape").Core;
    __careerMapStore?: { getState(): { hoveredId: string | null } };
  }
}

for (const { nodes, edges } of SIZES) {
  test(`a ${nodes}-node map opens, answers hover, click and a route, exports at 1× and takes an edit`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const graph = generateLattice(nodes, edges, 7);
    const [from, to] = routeEnds(graph);
    const longest: Record<string, number> = {};
    const step = async (name: string, run: () => Promise<void>) => {
      await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            window.__longest = Math.max(window.__longest ?? 0, entry.duration);
        }).observe({ type: "longtask" });
      });
      await run();
      longest[name] = await page.evaluate(() => window.__longest ?? 0);
    };

    await openMap(page);
    // From a file on disk: a file given as bytes is decoded by Playwright inside the page, a long task
    // of its own (150-200 ms at 5,000 nodes) that would be counted as the app's.
    const path = test.info().outputPath("lattice.json");
    writeFileSync(path, JSON.stringify(graph));
    await step("open", async () => {
      await page.getByLabel("Open map…").setInputFiles(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(graph.title, { timeout: 60_000 });
      await page.locator('[data-map-ready="true"]').waitFor();
    });
    const count = await page.evaluate(() => window.__cy?.nodes("[careerId]").length);
    expect(count).toBe(graph.nodes.length);

    // The filter panel's footer holds counts of four digits: its button stays inside the panel's padding.
    await page.getByRole("button", { name: "Filters" }).click();
    const panel = await page.locator(".filters-popover").boundingBox();
    const reset = await page.getByRole("button", { name: "Show everything" }).boundingBox();
    expect(reset && panel && reset.x + reset.width <= panel.x + panel.width - 16).toBe(true);
    const shownRoles = () =>
      page.evaluate(() => window.__cy?.nodes("[careerId]").filter((node) => node.visible()).length);
    await step("filter", async () => {
      const positions = graph.nodes.filter((node) => node.kind === "position").length;
      await page.getByLabel("Show credentials").first().click();
      await expect.poll(shownRoles, { timeout: 30_000 }).toBe(positions);
      await page.getByLabel("Show credentials").first().click();
      await expect.poll(shownRoles, { timeout: 30_000 }).toBe(graph.nodes.length);
    });
    await page.keyboard.press("Escape");

    const fill = () =>
      page.evaluate(() => String(window.__cy?.nodes("[careerId]").first().style("background-color")));
    await step("theme", async () => {
      const light = await fill();
      const toggle = page.getByRole("button", { name: "Dark mode" });
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      await expect.poll(fill, { timeout: 30_000 }).not.toBe(light);
      await toggle.click();
      await expect.poll(fill, { timeout: 30_000 }).toBe(light);
    });

    const shown = await middleNode(page);

    await step("hover", async () => {
      const at = await nodePoint(page, shown);
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => page.evaluate(() => window.__careerMapStore?.getState().hoveredId)).toBe(shown);
    });

    await step("click", async () => {
      await clickNode(page, shown);
      await expect(page.getByRole("heading", { level: 2, name: shown })).toBeVisible();
    });

    await step("route", async () => {
      await page.getByRole("button", { name: "Route finder" }).click();
      const panel = page.getByRole("region", { name: "Find a route" });
      for (const [name, text] of [
        ["From", from],
        ["To", to],
      ] as const) {
        const field = panel.getByRole("combobox", { name });
        await field.focus();
        await page.keyboard.type(text);
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        await expect(field).toHaveValue(text);
      }
      await expect(panel.getByRole("button", { name: /^Route 1 · / })).toBeVisible();
      const ends = await page.evaluate(() =>
        window.__cy
          ?.nodes(".route-end")
          .map((n) => n.data("careerId"))
          .sort(),
      );
      expect(ends).toEqual([from, to].sort());
      // The route's elements moved up in the drawing order without sorting the map again (the build's
      // patch to Cytoscape, docs/decisions/0025): the order kept is the one a full sort gives.
      const drawingOrder = await page.evaluate(() => {
        type Sorted = { id(): string }[] & { interactive: { id(): string }[] };
        const renderer = (window.__cy as unknown as { renderer(): Record<string, unknown> }).renderer();
        const sorted = (forceRecalc: boolean) => {
          const eles = (renderer.getCachedZSortedEles as (force: boolean) => Sorted)(forceRecalc);
          return { order: eles.map((ele) => ele.id()), interactive: eles.interactive.length };
        };
        const kept = sorted(false);
        return { patched: typeof renderer.moveInCachedZSortedEles, kept, full: sorted(true) };
      });
      expect(drawingOrder.patched).toBe("function");
      expect(drawingOrder.kept).toEqual(drawingOrder.full);
    });

    await step("export", async () => {
      await openExportMenu(page);
      await page.getByLabel("PNG", { exact: true }).check();
      await page.getByLabel("1×").check();
      const planned = await plannedSize(page);
      const extent = await mapExtent(page);
      const file = await download(page);
      expect(imageSize(file.bytes)).toStrictEqual(wholeMapPng(extent, planned));
    });
    await page.keyboard.press("Escape");

    // A new label is drawn, so the edited map is laid out again (in a worker on the big map) and drawn anew.
    await step("edit", async () => {
      await page.getByRole("button", { name: "Edit map" }).click();
      const details = page.getByRole("complementary", { name: "Details" });
      await details.getByRole("textbox", { name: "Label" }).fill("Renamed role");
      await details.getByRole("button", { name: "Save changes" }).click();
      const label = () =>
        page.evaluate((id) => window.__cy?.nodes(`[careerId = "${id}"]`).data("label"), shown);
      await expect.poll(label, { timeout: 60_000 }).toBe("Renamed role");
      await page.locator('[data-map-ready="true"]').waitFor();
      expect(await page.evaluate(() => window.__cy?.nodes("[careerId]").length)).toBe(graph.nodes.length);
    });
    test
      .info()
      .annotations.push({ type: "longest main-thread task (ms)", description: JSON.stringify(longest) });
  });
}
