import type { Page } from "@playwright/test";
import { expect, holdChunk, openMap, test } from "./fixtures.ts";

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

  const firstCard = panel(page).getByRole("button", { name: /^Route 1 · \d+ steps? · / });
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
  // The route search loads after the first drawing; its routes all arrive together.
  await expect(cards.first()).toBeVisible();
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

test("a route finder opened by a link and loaded late leaves the keyboard where the person is typing", async ({
  page,
}) => {
  const release = await holdChunk(page, "RouteDrawer");
  await openMap(page, "/?from=medical-records-clerk&to=coding-manager");
  const search = page.getByRole("combobox", { name: "Search roles and credentials" });
  await search.fill("CPC");
  release();
  await expect(panel(page).getByRole("combobox", { name: "From" })).toHaveValue("Medical Records Clerk");
  await expect(search).toBeFocused();
  await expect(page.getByRole("option", { name: /^CPC\b/ }).first()).toBeVisible();
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

/** Each card's text, and each route's steps list, choosing the cards one by one. */
async function everyRoute(page: Page): Promise<{ card: string; steps: string[] }[]> {
  const cards = panel(page)
    .getByRole("list", { name: /^Routes/ })
    .getByRole("button");
  const found: { card: string; steps: string[] }[] = [];
  // The route search loads after the first drawing; its routes all arrive together.
  await expect(cards.first()).toBeVisible();
  for (let rank = 0; rank < (await cards.count()); rank++) {
    await cards.nth(rank).click();
    await expect(panel(page).getByRole("heading", { name: `Route ${rank + 1}, step by step` })).toBeVisible();
    found.push({
      card: (await panel(page).locator(".route-card-item").nth(rank).textContent()) ?? "",
      steps: await stepsList(page).locator(".step").allTextContents(),
    });
  }
  return found;
}

test("Clerk → Coding Director: every route meets the requirements it meets on the way, with years, fees and pay", async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = 1;
    };
  });
  await openMap(page, "/?from=medical-records-clerk&to=coding-director");
  const routes = await everyRoute(page);
  expect(routes.length).toBeGreaterThan(1);
  expect(new Set(routes.map((r) => r.card)).size).toBe(routes.length);
  for (const { card, steps } of routes) {
    // Totals: time (a span of years, or said to be missing), exam fees, and pay at both ends.
    expect(card).toMatch(/\d+(\.\d)?(–\d+(\.\d)?)? (years?|months?)|time not on the map/);
    expect(card).toMatch(/exam fees|no exams|without a fee on the map/);
    expect(card).toContain("Pay now:");
    expect(card).toContain("At the goal:");
    // Every credential requirement the map names on the way is met by then: the page says which one.
    for (const step of steps) {
      for (const need of step.match(/Needs (one of )?[^:.]+(: [^.]*)?/g) ?? []) {
        expect(need).toMatch(/: you hold .+ by then/);
      }
    }
    // Every credential the card says to earn is a step of the route.
    const earn = card.match(/Earn ([^$]+?)(\$|no exams|\d+ exams?)/)?.[1]?.split(", ") ?? [];
    for (const credential of earn)
      expect(steps.some((step) => step.includes(`Earn${credential}`) || step.includes(credential))).toBe(
        true,
      );
  }

  await panel(page)
    .getByRole("list", { name: /^Routes/ })
    .getByRole("button")
    .first()
    .click();
  const firstSteps = await stepsList(page).locator(".step .step-move").allTextContents();
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("button", { name: "Print route plan" }).click();
  await page.waitForFunction(() => (window as unknown as { printed?: number }).printed === 1);
  await page.emulateMedia({ media: "print" });
  const plan = page.getByRole("region", { name: "Route plan for printing" });
  await expect(plan).toBeVisible();
  await expect(plan.getByRole("heading", { name: "How to read this plan" })).toBeVisible();
  const printed = plan.locator(".print-route-steps > li");
  await expect(printed).toHaveCount(firstSteps.length);
  for (let i = 0; i < firstSteps.length; i++) {
    const destination = firstSteps[i]?.split("→").at(-1)?.replace(" to ", "").trim() ?? "";
    await expect(printed.nth(i)).toContainText(destination);
    await expect(printed.nth(i).getByRole("checkbox", { name: `Step ${i + 1} done` })).toBeAttached();
    await expect(printed.nth(i)).toContainText(/Source: https?:|Editorial: /);
  }
  await expect(plan).toContainText(/Pay at the start/);
  await page.emulateMedia({ media: "screen" });
});

test("the objective and the requirements switch work by keyboard and change the address", async ({
  page,
}) => {
  await openMap(page, "/?from=medical-records-clerk&to=coding-director");
  const cheapest = panel(page).getByRole("radio", { name: "Lowest exam cost" });
  await cheapest.focus();
  await page.keyboard.press("Space");
  await expect(cheapest).toBeChecked();
  expect(new URL(page.url()).searchParams.get("by")).toBe("cost");
  await expect(panel(page).getByText(/lowest fee the map lists/)).toBeVisible();
  const honour = panel(page).getByRole("switch", { name: "Honour requirements" });
  await expect(honour).toBeChecked();
  await honour.focus();
  await page.keyboard.press("Space");
  await expect(honour).not.toBeChecked();
  expect(new URL(page.url()).searchParams.get("requirements")).toBe("off");
  await expect(panel(page).getByRole("list", { name: /^Routes/ })).toBeVisible();
});

test("go through RHIA gives a route through it or names what is in the way", async ({ page }) => {
  await openMap(page, "/?from=medical-records-clerk&to=coding-director&via=rhia");
  const cards = panel(page).getByRole("list", { name: /^Routes/ });
  const none = panel(page).locator(".no-route");
  await expect(cards.or(none)).toBeVisible();
  if (await none.isVisible()) {
    await expect(none).toContainText("RHIA");
    await expect(none).not.toContainText("Remove a stop");
  } else {
    await expect(stepsList(page)).toContainText("RHIA");
  }
});

test("a link's route question whose search could not be loaded says so, and Try again answers it", async ({
  page,
  problems,
}) => {
  // The route search and the finder are scripts loaded after the first drawing; the connection drops first.
  const blocked = "**/assets/routeAnswers-*.js";
  await page.route(blocked, (route) => route.abort("internetdisconnected"));
  await openMap(page, "/?from=medical-records-clerk&to=coding-director");
  const finder = page.getByRole("button", { name: "Route finder", exact: true });
  if ((await finder.getAttribute("aria-expanded")) !== "true") await finder.click();
  await expect(panel(page).getByRole("alert")).toContainText("could not be loaded");

  // The connection is back: the finder loads when asked again, and the question it was asked still stands.
  await page.unroute(blocked);
  await page.getByRole("button", { name: "Try again to load the route finder" }).click();
  await expect(panel(page).getByRole("alert")).toContainText("The route search could not be loaded.");
  await expect(panel(page).getByRole("combobox", { name: "From" })).toHaveValue("Medical Records Clerk");
  await panel(page).getByRole("button", { name: "Try again to load the route search" }).click();
  await expect(panel(page).getByRole("button", { name: /^Route 1 · / })).toBeVisible();
  await expect(panel(page).getByRole("alert")).toHaveCount(0);
  // The browser logs each failed load itself; those lines are this test's subject, not a fault of the app.
  const unexpected = problems.filter((line) => !line.includes("Failed to load resource"));
  problems.splice(0, problems.length, ...unexpected);
});
