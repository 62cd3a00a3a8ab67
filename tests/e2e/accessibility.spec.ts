import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { clickNode, expect, openMap, test } from "./fixtures.ts";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("no axe violations on the first view, with a node selected, and with a route drawn", async ({
  page,
}) => {
  await openMap(page);
  expect(await violations(page)).toEqual([]);
  await clickNode(page, "coding-auditor");
  await expect(
    page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
  ).toHaveText("Coding Auditor");
  expect(await violations(page)).toEqual([]);
  await openMap(page, "/?from=medical-records-clerk&to=coding-director");
  const toggle = page.getByRole("button", { name: /Route finder/ }).first();
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(page.getByText(/Route 1/).first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("everything can be reached by keyboard: search, select, walk to a next step, clear", async ({
  page,
}) => {
  await openMap(page);
  await page.keyboard.press("/");
  await page.keyboard.type("physician coder");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Physician Coder");
  const next = details.getByRole("button", { name: /Coder II and up/ }).first();
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Coder II and up");
  await page.keyboard.press("Escape");
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Explore the career map");
});
