import { mkdirSync } from "node:fs";
import { launchChromium, PREVIEW_URL, startPreview, stopPreview } from "./bench/browser.ts";

/**
 * Takes the README's screenshots from the built app (npm run screenshots): desktop and phone with a
 * node selected, and the route finder on a route. An argument names another node id to select.
 */
const selected = process.argv[2] ?? "coding-auditor";
const out = process.env.SCREENSHOT_DIR ?? "docs/screenshots";
mkdirSync(out, { recursive: true });

const server = await startPreview();
const browser = await launchChromium();
try {
  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 375, height: 667 }],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: name === "phone" ? 2 : 1 });
    await page.goto(PREVIEW_URL);
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.evaluate((id) => {
      const cy = (window as unknown as { __cy?: import("cytoscape").Core }).__cy;
      cy?.getElementById(`n:${id}`).emit("tap");
    }, selected);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}.png` });
    await page.goto(`${PREVIEW_URL}/?from=medical-records-clerk&to=coding-director`);
    await page.locator('[data-map-ready="true"]').waitFor();
    const toggle = page.getByRole("button", { name: /Route finder/ }).first();
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await page.waitForTimeout(600);
    if (name === "desktop") await page.screenshot({ path: `${out}/route-finder.png` });
    await page.close();
  }
  console.log(`screenshots written to ${out}/`);
} finally {
  await browser.close();
  stopPreview(server);
}
