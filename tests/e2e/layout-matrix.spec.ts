import type { Locator, Page, TestInfo } from "@playwright/test";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { ladderMap } from "../fixtures/otherMaps.ts";
import { jsonFile, openMapFile } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";
import { axeViolations, firstView, placement, scrollsSideways } from "./layoutHelpers.ts";

/**
 * The layout and theme matrix (issue 9): every width from a phone to a large screen, light and dark, the
 * bundled map and a map shaped otherwise (seven levels, positions only). One page per cell, reused for
 * every check. Screenshots go to test-results/matrix/ to be looked at.
 */
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ["light", "dark"] as const;
const AXE_WIDTHS = new Set([375, 1280]);
const MAPS: readonly { readonly name: string; readonly graph: CareerGraph | null }[] = [
  { name: "bundled", graph: null },
  { name: "ladder", graph: ladderMap() },
];

async function load(page: Page, graph: CareerGraph | null): Promise<void> {
  await openMap(page);
  if (graph) {
    await openMapFile(page, jsonFile("other.json", graph));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(graph.title);
  }
  // The first view is set when the map is drawn and again after the layout settles (keepMapFitted).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/matrix/${name}.png` });
  testInfo.annotations.push({ type: "screenshot", description: `test-results/matrix/${name}.png` });
}

/** Open, inside the viewport and on top at its centre. */
async function expectOnTop(thing: Locator, what: string): Promise<void> {
  await expect(thing, what).toBeVisible();
  // Polled: a list that was just chosen from may take a frame to close over it.
  await expect
    .poll(async () => (await placement(thing)).topmost, `${what} is the topmost element at its centre`)
    .toBe(true);
  const at = await placement(thing);
  expect(at.inside, `${what} lies inside the viewport (${JSON.stringify(at.box)})`).toBe(true);
}

const search = (page: Page) => page.getByRole("combobox", { name: /Search/i });
const results = (page: Page) => page.getByRole("listbox", { name: "Matching roles and credentials" });
const routePanel = (page: Page) => page.getByRole("region", { name: "Find a route" });
const detailsHeading = (page: Page) =>
  page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 });
/** Shown details of a node (not the browse list, which the route finder hides on wide screens). */
const details = (page: Page) => page.locator('.side-panel[data-mode="details"]');

async function openPopover(page: Page, button: string, panel: string): Promise<Locator> {
  await page.getByRole("button", { name: button, exact: true }).click();
  return page.locator(panel);
}

/** Opens each popover over what is open now, checks it lies on top, and closes it with Escape. */
async function eachPopover(page: Page, under: Locator | null, where: string): Promise<void> {
  for (const [button, selector] of [
    ["Filters", ".filters-popover"],
    ["Export", ".export-panel"],
  ] as const) {
    const popover = await openPopover(page, button, selector);
    await expectOnTop(popover, `${button} ${where}`);
    await page.keyboard.press("Escape");
    await expect(popover, `Escape closes ${button} ${where}`).toBeHidden();
    if (under) await expect(under, `Escape on ${button} leaves what is under it open`).toBeVisible();
  }
  await search(page).fill("e");
  await expectOnTop(results(page), `search results ${where}`);
  const width = (await placement(results(page))).width;
  expect(width, "search results are at least 200 px wide").toBeGreaterThanOrEqual(200);
  await page.keyboard.press("Escape");
  await expect(results(page)).toBeHidden();
  await search(page).fill("");
  if (under) await expect(under, "Escape on the search results leaves what is under it open").toBeVisible();
}

/** Chooses the first search result: the details of a node open. */
async function showDetails(page: Page, label: string): Promise<void> {
  await search(page).fill(label);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(detailsHeading(page)).toContainText(label);
}

for (const map of MAPS) {
  for (const theme of THEMES) {
    for (const viewport of VIEWPORTS) {
      const cell = `${map.name}-${viewport.width}x${viewport.height}-${theme}`;
      test.describe(cell, () => {
        test.use({ viewport, colorScheme: theme });

        test(`${cell}: first view, every panel on top and closed by Escape in turn, axe`, async ({
          page,
        }, testInfo) => {
          await load(page, map.graph);
          await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
          await shot(page, testInfo, cell);

          expect(await scrollsSideways(page), "no sideways scroll").toBe(false);
          const view = await firstView(page);
          expect(view.inView, "some nodes are in view").toBeGreaterThan(0);
          expect(view.hidden, "no node lies under the zoom buttons, legend or details bar").toEqual([]);
          expect(view.medianLabel, "median drawn label height").toBeGreaterThanOrEqual(9);
          // axe takes seconds a page: it runs on the phone and the laptop layouts, each theme and map.
          if (AXE_WIDTHS.has(viewport.width))
            expect(await axeViolations(page), `axe in the ${theme} theme`).toEqual([]);

          await eachPopover(page, null, "alone");

          const label = String(
            await page.evaluate(
              () =>
                (window as unknown as { __cy: import("cytoscape").Core }).__cy
                  .nodes("[careerId]")[0]
                  ?.data("label") ?? "",
            ),
          );
          await showDetails(page, label);
          await expectOnTop(page.getByRole("complementary", { name: "Details" }), "details");
          await page.keyboard.press("Escape");
          await expect(detailsHeading(page)).toHaveText("Explore the career map");

          await page.getByRole("button", { name: /Route finder/ }).click();
          await expectOnTop(routePanel(page), "route finder");
          await eachPopover(page, routePanel(page), "over the route finder");
          await showDetails(page, label);
          await expectOnTop(
            page.getByRole("complementary", { name: "Details" }),
            "details over the route finder",
          );
          await shot(page, testInfo, `${cell}-route-details`);
          await page.keyboard.press("Escape");
          await expect(details(page), "Escape closes the details first").toHaveCount(0);
          await expect(routePanel(page), "Escape on the details leaves the route finder open").toBeVisible();
          await page.keyboard.press("Escape");
          await expect(routePanel(page)).toBeHidden();
          expect(await scrollsSideways(page), "no sideways scroll after it all").toBe(false);
        });
      });
    }
  }
}
