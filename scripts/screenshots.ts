import { mkdirSync } from "node:fs";
import { launchChromium, PREVIEW_URL, startPreview, stopPreview } from "./bench/browser.ts";

/**
 * Takes the README's screenshots from the built app (npm run screenshots): the desktop view with a
 * node selected and the phone view. Extra arguments name a node id to select instead.
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
    await page.screenshot({ path: `${out}/${name}-overview.png` });
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
    await page.screenshot({ path: `${out}/${name}-route.png` });
    await page.close();
  }
  console.log(`screenshots written to ${out}/`);
} finally {
  await browser.close();
  stopPreview(server);
}
