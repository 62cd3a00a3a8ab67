import type { Page } from "@playwright/test";
import { expect, openMap, test } from "./fixtures.ts";

const panel = (page: Page) => page.getByRole("region", { name: "Find a route" });
const stepsList = (page: Page) => panel(page).locator(".step-list");

/** Picks a node in a route picker with the keyboard only: type, arrow to the first match, Enter. */
async function pick(page: Page, label: "From" | "To", text: string): Promise<void> {
  const field = panel(page).getByRole("combobox", { name: label });
  await field.focus();
  await page.keyboard.type(text);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(field).toHaveValue(text);
}

/** The map's drawing: labels of the nodes marked on the route, and whether every other node is dimmed. */
async function drawing(page: Page): Promise<{ onRoute: string[]; restDimmed: boolean }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy?: import("cytoscape").Core }).__cy;
    if (!cy) throw new Error("no map");
    const careerNodes = cy.nodes("[careerId]");
    return {
      onRoute: careerNodes
        .filter(".on-route")
        .map((node) => String(node.data("label")))
        .sort(),
      restDimmed: careerNodes
        .filter((node) => !node.hasClass("on-route") && !node.hasClass("dimmed"))
        .empty(),
    };
  });
}

/** Every node the steps list names: the start and each step's destination. */
async function listedNodes(page: Page): Promise<string[]> {
  return (await panel(page).locator(".route-start .step-node, .step .step-node").allTextContents()).sort();
}

test("finds Medical Records Clerk → Coding Director, draws it, and a copied link reproduces it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openMap(page);
  await page.getByRole("button", { name: "Route finder" }).click();
  await expect(panel(page).getByRole("combobox", { name: "From" })).toBeFocused();
  await pick(page, "From", "Medical Records Clerk");
  await pick(page, "To", "Coding Director");

  const firstCard = panel(page).getByRole("button", { name: /^Route 1 · \d+ steps? · \d+ credentials?/ });
  await expect(firstCard).toHaveAttribute("aria-pressed", "true");
  await expect(stepsList(page).locator(".step").last()).toContainText("Coding Director");
  const steps = await stepsList(page).textContent();
  const listed = await listedNodes(page);
  expect(listed).toContain("Medical Records Clerk");
  const drawn = await drawing(page);
  expect(drawn.onRoute).toStrictEqual(listed);
  expect(drawn.restDimmed).toBe(true);

  await panel(page).getByRole("button", { name: "Copy link" }).click();
  await expect(panel(page).getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).searchParams.get("from")).toBe("medical-records-clerk");

  const second = await context.newPage();
  await openMap(second, link);
  await expect(stepsList(second).locator(".step").last()).toContainText("Coding Director");
  expect(await stepsList(second).textContent()).toBe(steps);
  expect(await drawing(second)).toStrictEqual(drawn);
});

test("another card switches the drawing; back and forward move between questions", async ({ page }) => {
  await openMap(page, "/?from=medical-records-clerk&to=coding-director");
  const cards = panel(page)
    .getByRole("list", { name: /Routes/ })
    .getByRole("button");
  expect(await cards.count()).toBeGreaterThan(1);
  const before = await drawing(page);
  await cards.nth(1).click();
  await expect(cards.nth(1)).toHaveAttribute("aria-pressed", "true");
  await expect(panel(page).getByRole("heading", { name: "Route 2, step by step" })).toBeVisible();
  expect((await drawing(page)).onRoute).not.toStrictEqual(before.onRoute);
  expect(new URL(page.url()).searchParams.get("route")).toBe("2");

  await pick(page, "To", "Coding Manager");
  await expect(stepsList(page).locator(".step").last()).toContainText("Coding Manager");
  await page.goBack();
  await expect(panel(page).getByRole("combobox", { name: "To" })).toHaveValue("Coding Director");
  await expect(cards.nth(1)).toHaveAttribute("aria-pressed", "true");
  await page.goForward();
  await expect(panel(page).getByRole("combobox", { name: "To" })).toHaveValue("Coding Manager");
});

test("a link with a role that is not on the map says so, without errors", async ({ page }) => {
  await openMap(page, "/?from=no-such-role&to=coding-director&keep=yes");
  await expect(panel(page).getByRole("heading", { name: "Not on this map" })).toBeVisible();
  await expect(panel(page).getByText("“no-such-role” is not on this map").first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get("keep")).toBe("yes");
  expect((await drawing(page)).onRoute).toStrictEqual([]);
});

test("I'm here and Set as goal in the details panel, then Escape closes the route finder", async ({
  page,
}) => {
  await openMap(page);
  const details = page.getByRole("complementary", { name: "Details" });
  await details.getByRole("button", { name: "Physician Coder" }).first().click();
  await details.getByRole("button", { name: "I'm here" }).click();
  await expect(panel(page).getByRole("combobox", { name: "From" })).toHaveValue("Physician Coder");
  await expect(panel(page).getByRole("combobox", { name: "To" })).toBeFocused();
  await page.keyboard.type("Coding Supervisor");
  await page.keyboard.press("Enter");
  await expect(stepsList(page).locator(".step").last()).toContainText("Coding Supervisor");
  await page.keyboard.press("Escape");
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Route finder/ })).toBeFocused();
  expect((await drawing(page)).onRoute).toContain("Coding Supervisor");
});
