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
    error: "(the whole file): This looks like a PNG image, not a career map (.json).",
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
      /^nodes\[0\]\.level: .*nowhere.* is not one of the map's levels \(entry, mid, advanced, master\)\.$/,
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
    await expect(alert.getByRole("heading")).toBeFocused();
    await mapStillShown(page);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(alert).toBeHidden();
  });
}

test("a file with many problems lists the first 20 and counts the rest", async ({ page }) => {
  await openMap(page);
  const nodes = Array.from({ length: 30 }, (_, i) => makePosition(`p${i}`, "nowhere"));
  await openMapFile(page, jsonFile("many.json", makeGraph(nodes, [])));
  const alert = page.getByRole("alert").filter({ hasText: "Couldn’t open many.json" });
  await expect(alert.getByRole("listitem")).toHaveCount(20);
  await expect(alert).toContainText("and 10 more not listed.");
  await mapStillShown(page);
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
