import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every browser test fails on a Content-Security-Policy violation or an uncaught page error, so the
 * whole suite doubles as the CSP check of the production build (docs/reliability.md T29).
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, "no CSP violations or page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until the map has been drawn. */
/** Holds back the built chunk whose file name starts with `chunk` until the returned function is called. */
export async function holdChunk(page: Page, chunk: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**/assets/${chunk}-*.js`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export async function openMap(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await page.locator('[data-map-ready="true"]').waitFor();
}

/** The on-screen point of a node's centre, read from Cytoscape through the e2e build's hook. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { __cy?: import("cytoscape").Core }).__cy;
    const node = cy?.getElementById(`n:${nodeId}`);
    if (!cy || !node || node.empty()) return null;
    const box = cy.container()?.getBoundingClientRect();
    const at = node.renderedPosition();
    return box ? { x: box.left + at.x, y: box.top + at.y } : null;
  }, id);
  if (!point) throw new Error(`node ${id} is not on the map`);
  return point;
}

export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y);
}

/** A career node near the middle of the map's first view (a third from the left), where the pointer reaches it. */
export function middleNode(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
    const centre = { x: cy.width() / 3, y: cy.height() / 2 };
    const distance = (n: import("cytoscape").NodeSingular) =>
      Math.hypot(n.renderedPosition().x - centre.x, n.renderedPosition().y - centre.y);
    return String(
      cy
        .nodes("[careerId]")
        .sort((a, b) => distance(a) - distance(b))
        .first()
        .data("careerId"),
    );
  });
}
