import { readFileSync } from "node:fs";
import { download, jsonFile, openExportMenu, openMapFile } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";

const original = JSON.parse(readFileSync("data/career-map.json", "utf8")) as {
  title: string;
  nodes: unknown[];
};

test("the map downloads as JSON equal to the bundled file, and reads back to the same map", async ({
  page,
}) => {
  await openMap(page);
  await openExportMenu(page);
  await page.getByLabel("JSON (the map file)").check();
  const first = await download(page);
  expect(first.name).toMatch(/^career-map-\d{4}-\d{2}-\d{2}\.json$/);
  const written = JSON.parse(first.bytes.toString("utf8"));
  expect(written).toStrictEqual(original);

  await openMapFile(page, jsonFile(first.name, first.bytes.toString("utf8")));
  await expect(page.getByRole("status").filter({ hasText: `Opened ${first.name}` })).toBeAttached();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original.title);
  const drawn = await page.evaluate(
    () => (window as unknown as { __cy: import("cytoscape").Core }).__cy.nodes("[careerId]").length,
  );
  expect(drawn).toBe(original.nodes.length);

  await openExportMenu(page);
  await page.getByLabel("JSON (the map file)").check();
  const second = await download(page);
  expect(JSON.parse(second.bytes.toString("utf8"))).toStrictEqual(written);
});

test("Print route plan puts the route's steps and picture on a clean printed page", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await openMap(page, "/?from=medical-records-clerk&to=coding-director");
  await openExportMenu(page);
  await page.getByRole("button", { name: "Print route plan" }).click();
  await page.waitForFunction(() => (window as unknown as { printed?: number }).printed === 1);
  await page.emulateMedia({ media: "print" });
  const plan = page.getByRole("region", { name: "Route plan for printing" });
  await expect(plan).toBeVisible();
  await expect(page.locator("#root")).toBeHidden();
  await expect(plan.locator(".print-route-summary")).toHaveText(
    /^Medical Records Clerk → Coding Director: \d+ steps?/,
  );
  const steps = plan.locator(".print-route-steps > li");
  expect(await steps.count()).toBeGreaterThan(1);
  await expect(steps.first()).toContainText("Medical Records Clerk");
  const picture = plan.getByRole("img", { name: /^The route on the map/ });
  expect(await picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  await page.emulateMedia({ media: "screen" });
  await expect(plan).toBeHidden();
});

test("a failed export says so and saves nothing", async ({ page }) => {
  // What Chromium does past its canvas limit: toBlob hands back null.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = (callback) => {
      callback(null);
    };
  });
  await openMap(page);
  await openExportMenu(page);
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("button", { name: "Download" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    /Nothing was saved\. The browser could not draw an image this large/,
  );
  expect(downloads).toBe(0);
});

test("the export menu is a labelled dialog that Escape closes, giving focus back", async ({ page }) => {
  await openMap(page);
  const button = page.getByRole("button", { name: "Export", exact: true });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Export the map" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("group", { name: "Scale" })).toBeVisible();
  await dialog.getByLabel("SVG (vector, for print)").focus();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
