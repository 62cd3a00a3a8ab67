import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { TEMPLATE_GRAPH } from "../../src/domain/format/csv/template.ts";
import { writeCareerMapSheets } from "../../src/domain/format/csv/writeCareerMapCsv.ts";
import { expect, openMap, test } from "./fixtures.ts";

const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __cy: import("cytoscape").Core }).__cy
      .nodes()
      .map((node) => node.id())
      .filter((id) => id.startsWith("n:"))
      .sort(),
  );
}

const TEMPLATE_IDS = TEMPLATE_GRAPH.nodes.map((node) => `n:${node.id}`).sort();

/** Drops files on the page as a person dragging them from their desktop would. */
async function dropFiles(page: Page, files: { name: string; mimeType: string; text: string }[]) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.text], file.name, { type: file.mimeType }));
    return data;
  }, files);
  await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
  await expect(page.getByText("Drop a career map (.json, or .csv sheets) to open it")).toBeVisible();
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
}

test("a nodes sheet and a paths sheet picked together open as the map", async ({ page }) => {
  await openMap(page);
  const { nodes, edges } = writeCareerMapSheets(TEMPLATE_GRAPH);
  await page.getByLabel("Open map…").setInputFiles([csv("nodes.csv", nodes), csv("edges.csv", edges)]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEMPLATE_GRAPH.title);
  expect(await nodeIds(page)).toStrictEqual(TEMPLATE_IDS);
  await expect(page.getByRole("status").filter({ hasText: "Opened nodes.csv and edges.csv" })).toHaveText(
    "Opened nodes.csv and edges.csv: 4 positions and credentials.",
  );
});

test("the CSV template downloads from the export panel and opens as a map", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("dialog", { name: "Export the map" }).getByRole("link", { name: "CSV template" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("career-map-template.csv");
  const text = readFileSync((await download.path()) ?? "", "utf8");
  expect(text).toBe(readFileSync(resolve("public/career-map-template.csv"), "utf8"));
  await page.getByLabel("Open map…").setInputFiles(csv("career-map-template.csv", text));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEMPLATE_GRAPH.title);
  expect(await nodeIds(page)).toStrictEqual(TEMPLATE_IDS);
});

test("a sheet with mistakes names sheet, row and column", async ({ page }) => {
  await openMap(page);
  const { nodes, edges } = writeCareerMapSheets(TEMPLATE_GRAPH);
  const broken = edges.replace("coder-i,coder-ii,", "coder-i,Coder II,");
  await page.getByLabel("Open map…").setInputFiles([csv("nodes.csv", nodes), csv("edges.csv", broken)]);
  const alert = page.getByRole("alert").filter({ hasText: "Couldn’t open nodes.csv and edges.csv" });
  await expect(alert.getByRole("listitem")).toHaveText([
    /^edges\.csv, row 2, column D \(target\) · path "coder-i-to-coder-ii" \(coder-i → Coder II\)edges\[0\]\.target: "Coder II" is not a node in this file\. Use the id of one of the nodes\. Did you mean "coder-ii"\?$/,
  ]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Billing and Coding Career Map");
});

test("a map file dropped anywhere on the page opens, JSON or CSV", async ({ page }) => {
  await openMap(page);
  const template = readFileSync(resolve("public/career-map-template.csv"), "utf8");
  await dropFiles(page, [{ name: "ladder.csv", mimeType: "text/csv", text: template }]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEMPLATE_GRAPH.title);
  await expect(page.getByText("Drop a career map (.json, or .csv sheets) to open it")).toBeHidden();
  const json = readFileSync(resolve("tests/fixtures/six-mistakes.json"), "utf8");
  await dropFiles(page, [{ name: "six.json", mimeType: "application/json", text: json }]);
  const alert = page.getByRole("alert").filter({ hasText: "Couldn’t open six.json" });
  await expect(alert.getByRole("listitem")).toHaveCount(6);
  await expect(alert.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEMPLATE_GRAPH.title);
});

test("a role backed by the author's own statement shows it as their words, not a link", async ({ page }) => {
  await openMap(page);
  const template = readFileSync(resolve("public/career-map-template.csv"), "utf8");
  await page.getByLabel("Open map…").setInputFiles(csv("ladder.csv", template));
  await page
    .getByRole("button", { name: /Coding Lead/ })
    .first()
    .click();
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources).toHaveText(
    /The map’s author says: Our own ladder, as agreed by the coding leads in 2026\./,
  );
  await expect(sources.getByRole("link")).toHaveCount(0);
});
