import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { makeGraph } from "../fixtures/builders.ts";
import { download, inspectSvg, jsonFile, openExportMenu, openMapFile } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const mapClasses = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) =>
      (window as unknown as { __cy: import("cytoscape").Core }).__cy.getElementById(`n:${nodeId}`).classes(),
    id,
  );

async function choose(page: Page, label: string): Promise<void> {
  const search = page.getByRole("combobox", { name: "Search roles and credentials" });
  await search.fill(label);
  await page
    .getByRole("option", { name: new RegExp(`^${label}\\b`) })
    .first()
    .click();
  await expect(details(page).getByRole("heading", { level: 2 })).toContainText(label);
}

async function markAndNote(page: Page): Promise<void> {
  await choose(page, "CPC");
  const plan = details(page).getByRole("group", { name: "My plan" });
  await plan.getByRole("radio", { name: "Done" }).check();
  await details(page).getByRole("textbox", { name: "My note" }).fill("Passed in March.\nScore 84%.");
}

test("a mark, a note and the route survive a reload and a new page", async ({ page, context }) => {
  await openMap(page, "/?from=medical-records-clerk&to=coding-manager");
  await choose(page, "CPC");
  const group = details(page).getByRole("group", { name: "My plan" });
  await group.getByRole("radio", { name: "Done" }).check();
  await expect(group).toContainText(/Marked done on \d+ \w+ \d{4}/);
  await details(page).getByRole("textbox", { name: "My note" }).fill("Passed in March.");
  await expect.poll(() => mapClasses(page, "cpc")).toContain("plan-done");

  await page.reload();
  await page.locator('[data-map-ready="true"]').waitFor();
  await choose(page, "CPC");
  await expect(details(page).getByRole("radio", { name: "Done" })).toBeChecked();
  await expect(details(page).getByRole("textbox", { name: "My note" })).toHaveValue("Passed in March.");

  const fresh = await context.newPage();
  await openMap(fresh, "/");
  await expect(fresh).toHaveURL(/from=medical-records-clerk&to=coding-manager/);
  await expect.poll(() => mapClasses(fresh, "cpc")).toContain("plan-done");
  await fresh.getByRole("button", { name: /^My plan/ }).click();
  const view = fresh.getByRole("dialog", { name: "My plan" });
  await expect(view).toContainText("Where I amMedical Records Clerk");
  await expect(view).toContainText("My goalCoding Manager");
  await fresh.close();
});

test("two open tabs stay in step", async ({ page, context }) => {
  await openMap(page);
  const other = await context.newPage();
  await openMap(other);
  await choose(page, "CPC");
  await details(page).getByRole("radio", { name: "In progress" }).check();
  await expect.poll(() => mapClasses(other, "cpc")).toContain("plan-in-progress");
  await choose(other, "CPC");
  await expect(details(other).getByRole("radio", { name: "In progress" })).toBeChecked();
  await details(other).getByRole("textbox", { name: "My note" }).fill("from the other tab");
  await expect(details(page).getByRole("textbox", { name: "My note" })).toHaveValue("from the other tab");
  await other.close();
});

test("with storage turned off the app works and says the plan can't be saved", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await openMap(page);
  await expect(page.getByRole("alert")).toContainText("Your plan can’t be saved in this browser");
  await choose(page, "CPC");
  await details(page).getByRole("radio", { name: "Planned" }).check();
  await expect.poll(() => mapClasses(page, "cpc")).toContain("plan-planned");
});

test("a full storage is reported and the mark still shows", async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await choose(page, "CPC");
  await details(page).getByRole("radio", { name: "Done" }).check();
  await expect(page.getByRole("alert")).toContainText("storage for this site is full");
  await expect.poll(() => mapClasses(page, "cpc")).toContain("plan-done");
});

test("a damaged stored plan is backed up and reported, and the app works", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("career-map:plan:bundled", '{"format":"career-map-plan","version":1,"map":');
      sessionStorage.setItem("seeded", "1");
    }
  });
  await openMap(page);
  await expect(page.getByRole("alert")).toContainText("couldn’t be read, so My plan starts empty");
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith("career-map:plan-backup:bundled:")),
  );
  expect(backups).toHaveLength(1);
  await choose(page, "CPC");
  await details(page).getByRole("radio", { name: "Done" }).check();
  const kept = await page.evaluate((key) => localStorage.getItem(key), backups[0] as string);
  expect(kept).toBe('{"format":"career-map-plan","version":1,"map":');
});

test("export then import of a plan gives it back exactly; a bad file is refused by place", async ({
  page,
}) => {
  await openMap(page, "/?from=medical-records-clerk&to=coding-manager&held=cpc");
  await markAndNote(page);
  await page.getByRole("button", { name: /^My plan/ }).click();
  const view = page.getByRole("dialog", { name: "My plan" });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    view.getByRole("button", { name: "Export my plan" }).click(),
  ]);
  const exported = readFileSync(await file.path(), "utf8");
  const before = await page.evaluate(() => localStorage.getItem("career-map:plan:bundled"));
  expect(JSON.parse(exported)).toEqual(JSON.parse(before ?? "null"));

  await view.getByRole("button", { name: "Reset my plan…" }).click();
  await view.getByRole("alertdialog").getByRole("button", { name: "Reset" }).click();
  await expect(view).toContainText("Your plan for this map was reset.");
  expect(await page.evaluate(() => localStorage.getItem("career-map:plan:bundled"))).toBeNull();

  await view.getByLabel("Import my plan…").setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      '{"format":"career-map-plan","version":1,"map":{"id":"bundled","title":"x"},"route":null,"nodes":[{"id":"cpc","mark":"finished","changedAt":"2026-01-01T00:00:00.000Z"}]}',
    ),
  });
  await expect(view.getByRole("alert")).toContainText("nodes[0].mark");
  await view
    .getByLabel("Import my plan…")
    .setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(exported) });
  await expect(view).toContainText("Imported mine.json");
  const after = await page.evaluate(() => localStorage.getItem("career-map:plan:bundled"));
  expect(JSON.parse(after ?? "null")).toEqual(JSON.parse(exported));
});

test("my own map comes back after a reload, with its plan, and the bundled map is one click away", async ({
  page,
}) => {
  await openMap(page);
  const own = makeGraph();
  await openMapFile(page, jsonFile("mine.json", own));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test map");
  await choose(page, "clerk");
  await details(page).getByRole("radio", { name: "Planned" }).check();
  await page.reload();
  await page.locator('[data-map-ready="true"]').waitFor();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test map");
  await expect.poll(() => mapClasses(page, "clerk")).toContain("plan-planned");
  await page.getByRole("button", { name: "Restore the bundled map" }).click();
  await page.reload();
  await page.locator('[data-map-ready="true"]').waitFor();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Billing and Coding Career Map");
  expect(await page.evaluate(() => localStorage.getItem("career-map:last-map"))).toBeNull();
});

test("marks are drawn as rings in exported images, and the legend explains them", async ({
  page,
  browser,
}) => {
  await openMap(page);
  await choose(page, "CPC");
  await details(page).getByRole("radio", { name: "Done" }).check();
  await page.keyboard.press("Escape");
  await openExportMenu(page);
  await page.getByLabel("SVG (vector, for print)").check();
  const file = await download(page);
  const text = file.bytes.toString("utf8");
  const svg = await inspectSvg(browser, text);
  expect(svg).toMatchObject({ parseError: false, scripts: 0, eventAttributes: [] });
  expect(svg.texts).toContain("My plan: done");
  expect(svg.texts).not.toContain("My plan: planned");
  // The ring on the map (in Cytoscape's computed colour) and the legend swatch, in the mark's colour.
  expect(text).toMatch(/stroke="rgb\(21,128,61\)"/);
  expect(text).toMatch(/stroke="#15803d"/);
});
