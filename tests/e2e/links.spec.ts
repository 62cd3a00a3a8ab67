import type { Page } from "@playwright/test";
import { makeGraph } from "../fixtures/builders.ts";
import { jsonFile, openMapFile } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";

const routePanel = (page: Page) => page.getByRole("region", { name: "Find a route" });
const TITLE = "Medical Billing and Coding Career Map";

test("a link says which ids it lost and can name the selected node", async ({ page }) => {
  await openMap(
    page,
    "/?from=medical-records-clerk&to=coding-manager&held=cpc&held=cpc&held=trainee&avoid=%E0%A4%A&node=cpc&node=nowhere",
  );
  const report = routePanel(page).getByRole("status").filter({ hasText: "left out" });
  await expect(report).toContainText("held=cpc repeated");
  await expect(report).toContainText("node=nowhere repeated");
  await expect(report).toContainText("cut off or damaged");
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toContainText("CPC");
  await details.getByRole("button", { name: "Close details" }).click();
  await expect(page).not.toHaveURL(/node=/);
});

test("a link for the bundled map opened on my own map is held back and can be followed", async ({
  page,
  context,
}) => {
  await openMap(page);
  await openMapFile(page, jsonFile("mine.json", makeGraph()));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test map");
  await expect(page).toHaveURL(/mapid=map-[0-9a-f]{16}/);

  const other = await context.newPage();
  await openMap(other, "/?from=medical-records-clerk&to=coding-manager");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Test map");
  const notice = other.getByRole("alert").filter({ hasText: "made on the bundled map" });
  await expect(notice).toBeVisible();
  await expect(other).not.toHaveURL(/from=/);
  await notice.getByRole("button", { name: "Open the bundled map and follow the link" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(routePanel(other).getByRole("combobox", { name: "To" })).toHaveValue("Coding Manager");
  await expect(other).not.toHaveURL(/mapid=/);
  await other.close();
});

test("a link made on another map is not applied to the bundled map", async ({ page }) => {
  await openMap(page, "/?mapid=map-0123456789abcdef&from=trainee&to=coding-manager");
  await expect(page.getByRole("alert").filter({ hasText: "made on another map" })).toBeVisible();
  await expect(routePanel(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});

test("a very long link warns that apps may cut it and offers the plan export", async ({ page }) => {
  const held = Array.from({ length: 12 }, (_, i) => `held=${"long-id-".repeat(24)}${i}`).join("&");
  await openMap(page, `/?from=medical-records-clerk&to=coding-manager&${held}`);
  const warning = routePanel(page).getByRole("status").filter({ hasText: "some apps cut links" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("button", { name: "Export my plan" })).toBeVisible();
});
