import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { makeGraph, makePosition } from "../fixtures/builders.ts";
import { hostileMap, jsonFile, openMapFile } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";

const TITLE = "Medical Billing and Coding Career Map";
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

const BAD_FILES = [
  {
    what: "an empty file",
    file: jsonFile("empty.json", ""),
    error: "(the whole file): empty.json is empty.",
  },
  {
    what: "PNG bytes",
    file: { name: "map.json", mimeType: "application/json", buffer: PNG_BYTES },
    error: "(the whole file): This looks like a PNG image, not a career map (.json or .csv).",
  },
  {
    what: "invalid JSON",
    file: jsonFile("cut.json", '{"version": 1, "title": "Cut off"'),
    error: /^line 1, column \d+: Not valid JSON here/,
  },
  {
    what: "a node with an unknown level",
    file: jsonFile("levels.json", makeGraph([makePosition("clerk", "nowhere")], [])),
    error:
      /^line \d+, column \d+ · position "clerk"nodes\[0\]\.level: .*nowhere.* is not one of the map's levels \(entry, mid, advanced, master\)\.$/,
  },
];

async function mapStillShown(page: import("@playwright/test").Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const clerk = await page.evaluate(
    () =>
      (window as unknown as { __cy: import("cytoscape").Core }).__cy.getElementById("n:medical-records-clerk")
        .length,
  );
  expect(clerk).toBe(1);
}

for (const { what, file, error } of BAD_FILES) {
  test(`opening ${what} shows the precise error and keeps the map`, async ({ page }) => {
    await openMap(page);
    await openMapFile(page, file);
    const alert = page.getByRole("alert").filter({ hasText: `Couldn’t open ${file.name}` });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("listitem").first()).toHaveText(error);
    await expect(alert).toContainText("The map shown before is unchanged.");
    await expect(alert.getByRole("heading", { level: 2 })).toBeFocused();
    await mapStillShown(page);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert).toBeHidden();
  });
}

test("a file with many problems shows the first 10, counted by group, and all on request", async ({
  page,
}) => {
  await openMap(page);
  const nodes = Array.from({ length: 30 }, (_, i) => makePosition(`p${i}`, "nowhere"));
  await openMapFile(page, jsonFile("many.json", makeGraph(nodes, [])));
  const alert = page.getByRole("alert").filter({ hasText: "Couldn’t open many.json" });
  await expect(alert).toContainText("30 problems.");
  await expect(alert.getByRole("region", { name: "Positions and credentials: 30" })).toBeVisible();
  await expect(alert.getByRole("listitem")).toHaveCount(10);
  await alert.getByRole("button", { name: "Show all 30 problems" }).click();
  await expect(alert.getByRole("listitem")).toHaveCount(30);
  await mapStillShown(page);
});

test("a file with six mistakes lists all six, by line and node, and the list can be copied", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openMap(page);
  const text = readFileSync(resolve("tests/fixtures/six-mistakes.json"));
  await openMapFile(page, { name: "six-mistakes.json", mimeType: "application/json", buffer: text });
  const alert = page.getByRole("alert").filter({ hasText: "Couldn’t open six-mistakes.json" });
  await expect(alert).toContainText("6 problems.");
  const items = alert.getByRole("listitem");
  await expect(items).toHaveCount(6);
  await expect(items.nth(1)).toHaveText(
    'line 18, column 16 · position "coder-ii" (Coder II)nodes[1].level: "Mid" is not one of the map\'s levels (entry, mid). Did you mean "mid"?',
  );
  await expect(items.nth(4)).toContainText('path "e1" (coder-i → codr-ii)');
  const axe = await new AxeBuilder({ page })
    .include(".map-file-errors")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toStrictEqual([]);
  await alert.getByRole("button", { name: "Copy the list" }).click();
  await expect(alert.getByRole("status")).toHaveText("Copied the list of problems.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(6);
  await mapStillShown(page);
});

test("every refused file takes focus, one after another", async ({ page }) => {
  await openMap(page);
  const le = { name: "le.json", mimeType: "application/json", buffer: Buffer.from([0xff, 0xfe, 0x7b, 0]) };
  const be = { name: "be.json", mimeType: "application/json", buffer: Buffer.from([0xfe, 0xff, 0, 0x7b]) };
  for (const file of [le, be, jsonFile("team$file$map {x}.json", "")]) {
    await openMapFile(page, file);
    const alert = page.getByRole("alert").filter({ hasText: `Couldn’t open ${file.name}` });
    await expect(alert.getByRole("heading", { level: 2 })).toBeFocused();
  }
  await expect(page.getByRole("alert").getByRole("listitem")).toHaveText(
    "(the whole file): team$file$map {x}.json is empty.",
  );
});

test("a map of one's own opens, and the bundled map can be restored", async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole("button", { name: "Restore the bundled map" })).toHaveCount(0);
  await openMapFile(page, jsonFile("mine.json", hostileMap()));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('<svg onload=alert(1)> & "map"');
  await page.getByRole("button", { name: "Restore the bundled map" }).click();
  await mapStillShown(page);
  await expect(page.getByRole("button", { name: "Restore the bundled map" })).toHaveCount(0);
});
