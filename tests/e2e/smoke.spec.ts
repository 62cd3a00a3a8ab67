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

test("before its scripts have run the page says it is loading, in the theme the app will show", async ({
  page,
  problems,
}) => {
  // The scripts held back: what a visitor sees while they load on a slow connection.
  await page.route("**/assets/*.js", (route) => route.abort());
  const canvasColour = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  // The page as prerendered by the build, with its map still to come; the status line comes first.
  await expect(page.getByRole("status").first()).toHaveText("Loading the career map…");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Billing and Coding Career Map");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await canvasColour();

  // A remembered choice wins over the system's, as it does once the app runs.
  await page.evaluate(() => localStorage.setItem("career-map:theme", "light"));
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await canvasColour()).not.toBe(dark);

  // Once the scripts run, the app replaces the stand-in and keeps the theme.
  await page.unroute("**/assets/*.js");
  await openMap(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByText("Loading the career map…")).toHaveCount(0);
  // The browser logs each held-back script itself; those lines are this test's subject.
  const unexpected = problems.filter((line) => !line.includes("Failed to load resource"));
  problems.splice(0, problems.length, ...unexpected);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page says the app needs it, and nothing claims to be loading", async ({ page }) => {
    await page.goto("/");
    // Text matching skips <noscript>, so the paragraph in it is found by its place.
    await expect(page.locator("noscript p")).toHaveText(/^Career Map needs JavaScript/);
    await expect(page.locator("noscript p")).toBeVisible();
    await expect(page.getByText("Loading the career map…").filter({ visible: true })).toHaveCount(0);
  });
});
