import { expect, openMap, test } from "./fixtures.ts";

test.use({ viewport: { width: 768, height: 1024 } });

test("on a tablet the route drawer steps aside while a role's details are open, and comes back", async ({
  page,
}) => {
  await openMap(page, "/?from=medical-records-clerk&to=coding-director");
  const toggle = page.getByRole("button", { name: /Route finder/ }).first();
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  const drawer = page.getByRole("heading", { name: "Find a route" });
  await expect(drawer).toBeVisible();

  await page.evaluate(() => {
    const cy = (window as unknown as { __cy?: import("cytoscape").Core }).__cy;
    cy?.getElementById("n:inpatient-coder").emit("tap");
  });
  await expect(page.getByRole("heading", { level: 2, name: "Inpatient Coder" })).toBeVisible();
  await expect(drawer).toBeHidden();
  const map = await page.getByRole("region", { name: "Career map" }).boundingBox();
  expect(map?.width ?? 0).toBeGreaterThan(300);

  await page.getByRole("button", { name: /Close/ }).first().click();
  await expect(drawer).toBeVisible();
});
