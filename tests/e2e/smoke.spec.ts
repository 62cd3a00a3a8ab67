import { expect, openMap, test } from "./fixtures.ts";

test("the built app opens on the bundled map and shows its title", async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Billing and Coding Career Map");
  await expect(page).toHaveTitle(/Career Map/);
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { __cy?: import("cytoscape").Core }).__cy;
    return cy?.nodes("[careerId]").length ?? 0;
  });
  expect(drawn).toBeGreaterThan(40);
});
