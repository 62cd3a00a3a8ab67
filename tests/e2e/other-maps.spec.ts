import type { Page } from "@playwright/test";
import { threeIssuerMap } from "../fixtures/otherMaps.ts";
import { download, inspectSvg, jsonFile, openExportMenu, openMapFile } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";

const ISSUER_ENTRIES = [
  "Guild credential, solid border",
  "Society credential, double border",
  "Board credential, dashed border",
];

async function openThreeIssuers(page: Page, warnings: string[]): Promise<void> {
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await openMap(page);
  const graph = threeIssuerMap();
  await openMapFile(page, jsonFile("issuers.json", graph));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(graph.title);
}

/** How the loop and the two parallel paths are drawn, read from Cytoscape. */
function drawnPaths(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
    const edge = (id: string) => cy.getElementById(`e:${id}`);
    const loop = edge("engineer--lateral--engineer");
    const box = loop.renderedBoundingBox();
    const mid = (id: string) => edge(id).midpoint();
    return {
      loopDrawn: box.w > 0 && box.h > 0 && Number.isFinite(loop.sourceEndpoint().x),
      parallelApart: Math.hypot(
        mid("analyst--advances-to--engineer").x - mid("analyst--lateral--engineer").x,
        mid("analyst--advances-to--engineer").y - mid("analyst--lateral--engineer").y,
      ),
    };
  });
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`three issuers, ${theme}`, () => {
    test.use({ colorScheme: theme });

    test(`names each issuer in its own look on screen and in the SVG; draws a loop and parallel paths (${theme})`, async ({
      page,
      browser,
    }) => {
      const warnings: string[] = [];
      await openThreeIssuers(page, warnings);
      const nodes = page.getByRole("list", { name: "Nodes" });
      for (const entry of ISSUER_ENTRIES) await expect(nodes.getByText(entry)).toBeVisible();
      await expect(page.getByText(/AAPC|AHIMA/)).toHaveCount(0);

      const paths = await drawnPaths(page);
      expect(paths.loopDrawn, "the path from a role to itself is drawn").toBe(true);
      expect(paths.parallelApart, "two paths between one pair are drawn apart").toBeGreaterThan(4);
      expect(warnings.filter((text) => /invalid endpoints/.test(text))).toEqual([]);

      await openExportMenu(page);
      await page.getByLabel("SVG (vector, for print)").check();
      if (theme === "dark") await page.getByLabel("Dark, as on screen").check();
      else await expect(page.getByLabel("Dark, as on screen")).toHaveCount(0);
      const file = await download(page);
      const text = file.bytes.toString("utf8");
      const svg = await inspectSvg(browser, text);
      expect(svg.parseError).toBe(false);
      for (const entry of ISSUER_ENTRIES) expect(svg.texts).toContain(entry);
      // The picture's background is the theme's: white by default, the dark canvas when asked for.
      expect(text).toContain(theme === "dark" ? 'fill="#0b1220"' : 'fill="#ffffff"');
    });
  });
}

test("an SVG export is well-formed whatever characters the map's text holds", async ({ page, browser }) => {
  await openMap(page);
  const graph = threeIssuerMap();
  const odd = "Bell\u0007 nul\u0000 lone\uD800 not-a-char\uFFFE end";
  await openMapFile(
    page,
    jsonFile("odd.json", {
      ...graph,
      title: `Odd ${odd}`,
      nodes: graph.nodes.map((node, i) => (i === 0 ? { ...node, label: odd } : node)),
    }),
  );
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Odd Bell");
  await openExportMenu(page);
  await page.getByLabel("SVG (vector, for print)").check();
  const file = await download(page);
  const svg = await inspectSvg(browser, file.bytes.toString("utf8"));
  expect(svg.parseError, "the SVG parses as XML").toBe(false);
  expect(svg.texts.join(" ")).toContain("Bell\uFFFD nul\uFFFD lone\uFFFD not-a-char\uFFFD end");
});

test("the page names a favicon that the build ships", async ({ page }) => {
  await openMap(page);
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  const response = await page.request.get(href ?? "/missing");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("svg");
});
