import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { chooseArrangement } from "../../scripts/arrangement/chooseArrangement.ts";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { expect, holdChunk, test } from "./fixtures.ts";

/** Where the page's parts lie: the prerendered page and the app's must match, or the map would jump. */
function boxes(page: Page) {
  return page.evaluate(() =>
    [".app-header", ".map-canvas", ".legend", ".side-panel", ".zoom-controls"].map((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? [selector, box.x, box.y, box.width, box.height] : [selector, "missing"];
    }),
  );
}

const firstDrawn = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName("career-map:first-draw").length > 0);

/** Holds React's chunk back until the returned function is called, so the first view can be looked at. */
const holdReact = (page: Page) => holdChunk(page, "mountApp");

const SCREENS = [
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

for (const screen of SCREENS) {
  test(`at ${screen.width}px the map is drawn into the prerendered page before React, which takes it over where it is`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    const release = await holdReact(page);
    await page.goto("/");
    await firstDrawn(page);
    const prerendered = await boxes(page);
    const drawnEarly = await page.locator(".map-canvas").screenshot();
    // Until React runs, the page is a picture: its controls do nothing and say it is loading.
    await expect(page.locator("[data-first-view]")).toHaveAttribute("inert", "");
    await expect(page.getByRole("status").first()).toHaveText("Loading the career map…");

    release();
    await page.locator('[data-map-ready="true"]').waitFor();
    expect(await boxes(page)).toEqual(prerendered);
    // The same instance, at the same view: drawn once, not again by the app.
    expect(await page.evaluate(() => performance.getEntriesByName("career-map:map-created").length)).toBe(1);
    expect(await page.locator(".map-canvas").screenshot()).toEqual(drawnEarly);
    // The page is the app's now, and its controls work.
    await expect(page.locator("[data-first-view]")).toHaveCount(0);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cy: import("cytoscape").Core }).__cy.zoom()))
      .toBeGreaterThan(0.71);
  });
}

test("the page holds the bundled map itself: it is drawn without a request for the map file", async ({
  page,
}) => {
  const mapRequests: string[] = [];
  page.on("request", (request) => {
    if (/career-map[^/]*\.json/.test(request.url())) mapRequests.push(request.url());
  });
  await page.goto("/");
  await page.locator('[data-map-ready="true"]').waitFor();
  const shipped = JSON.parse(readFileSync("data/career-map.json", "utf8")) as { nodes: unknown[] };
  const drawnNodes = await page.evaluate(
    () => (window as unknown as { __cy: import("cytoscape").Core }).__cy.nodes("[kind]").length,
  );
  expect(drawnNodes).toBe(shipped.nodes.length);
  expect(mapRequests).toEqual([]);
});

test("no stylesheet is fetched and React is fetched only once the map is drawn: nothing shares the line with the entry script", async ({
  page,
}) => {
  await page.goto("/");
  await page.locator('[data-map-ready="true"]').waitFor();
  const { drawnAt, fetched } = await page.evaluate(() => ({
    drawnAt: performance.getEntriesByName("career-map:first-draw")[0]?.startTime ?? Number.NaN,
    fetched: performance
      .getEntriesByType("resource")
      .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
  }));
  expect(fetched.filter((entry) => entry.path.endsWith(".css"))).toEqual([]);
  const react = fetched.filter((entry) => entry.path.includes("/mountApp-"));
  expect(react).toHaveLength(1);
  expect(react[0]?.at).toBeGreaterThanOrEqual(drawnAt);
  // The page's styles are written into it, those of the parts loaded later (the route finder's node picker,
  // the large maps' highlight overlay) included.
  const inline = await page
    .locator("head style")
    .evaluateAll((styles) => styles.map((s) => s.textContent).join(""));
  for (const selector of [".app-header", ".picker-combobox", ".highlight-overlay"])
    expect(inline).toContain(selector);
  expect(await page.locator(".app-header").evaluate((header) => getComputedStyle(header).display)).toBe(
    "flex",
  );
});

test("the bundled map is drawn in the arrangement the build chose, whatever the labels measure here", async ({
  page,
}) => {
  await page.goto("/");
  await page.locator('[data-map-ready="true"]').waitFor();
  const placed = await page.evaluate(() =>
    (window as unknown as { __cy: import("cytoscape").Core }).__cy
      .nodes("[careerId]")
      .map((node) => ({ id: String(node.data("careerId")), ...node.position() })),
  );
  const columns = [...new Set(placed.map((node) => node.x))].sort((a, b) => a - b);
  const drawn = columns.map((x) =>
    placed
      .filter((node) => node.x === x)
      .sort((a, b) => a.y - b.y)
      .map((node) => node.id),
  );
  const shipped = JSON.parse(readFileSync("data/career-map.json", "utf8")) as CareerGraph;
  expect(drawn).toEqual(chooseArrangement(shipped).arrangement);
});

test("a link to a role, or anything stored, starts the map the usual way, drawn by the app", async ({
  page,
}) => {
  await page.goto("/?node=cpc");
  await page.locator('[data-map-ready="true"]').waitFor();
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toContainText("CPC");
  expect(await page.evaluate(() => performance.getEntriesByName("career-map:map-created").length)).toBe(1);
});

test("the theme button shows the page's theme before React runs, and after, when pressed", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const release = await holdReact(page);
  await page.goto("/");
  await firstDrawn(page);
  const toggle = page.locator(".theme-toggle");
  await expect(toggle.locator(".theme-icon-dark")).toBeVisible();
  await expect(toggle.locator(".theme-icon-light")).toBeHidden();

  release();
  await page.locator('[data-map-ready="true"]').waitFor();
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
  await expect(toggle.locator(".theme-icon-dark")).toBeVisible();
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(toggle.locator(".theme-icon-light")).toBeVisible();
  await expect(toggle.locator(".theme-icon-dark")).toBeHidden();
});

test("when the rest of the scripts cannot load, the drawn page says so instead of loading forever", async ({
  page,
  problems,
}) => {
  await page.route("**/assets/mountApp-*.js", (route) => route.abort());
  await page.goto("/");
  await firstDrawn(page);
  const status = page.getByRole("status").first();
  await expect(status).toHaveText(/could not load the rest of its scripts.*Reload the page/);
  await expect(status).toBeVisible();
  // The browser logs the aborted script itself; that line is this test's subject.
  problems.splice(
    0,
    problems.length,
    ...problems.filter((line) => !line.includes("Failed to load resource")),
  );
});
