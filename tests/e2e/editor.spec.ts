import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { generateLattice } from "../../scripts/bench/lattice.ts";
import { jsonFile, openMapFile } from "./exportHelpers.ts";
import { expect, openMap, test } from "./fixtures.ts";

const TITLE = "Medical Billing and Coding Career Map";

/** What the map on the canvas holds: node and edge element ids, read through the e2e build's hook. */
async function drawnMap(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
    const nodes = cy.nodes('[id ^= "n:"]').map((node) => node.id());
    const edges = cy.edges().map((edge) => edge.id());
    return { nodes: nodes.sort(), edges: edges.sort() };
  });
}

async function saveAs(page: Page, format: "JSON" | "CSV" = "JSON"): Promise<{ name: string; text: string }> {
  await page.getByRole("button", { name: "Save as…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save the map as" });
  await dialog.getByLabel(new RegExp(`^${format}:`)).check();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Save" }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

async function startEditing(page: Page): Promise<void> {
  await openMap(page);
  await page.getByRole("button", { name: "Edit map" }).click();
  await expect(page.getByRole("button", { name: "Edit map" })).toHaveAttribute("aria-pressed", "true");
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });

async function addTrainer(page: Page, level = "Mid level"): Promise<void> {
  await page.getByRole("button", { name: "Add position or credential…" }).click();
  const add = page.getByRole("dialog", { name: "Add a position or credential" });
  await add.getByLabel("Label").fill("Coding trainer");
  await add.getByLabel("Level").selectOption({ label: level });
  await add.getByLabel("Summary").fill("Teaches new coders the payer rules.");
  await add.getByLabel("Source link").fill("https://example.org/trainer");
  await add.getByRole("button", { name: "Add to the map" }).click();
  await expect(add).toBeHidden();
}

test("add a role, connect it, undo, redo, save, and reopen the saved file as the same map", async ({
  page,
}) => {
  await startEditing(page);
  const before = await drawnMap(page);

  await addTrainer(page);
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Coding trainer");
  await expect(heading(page)).toHaveText(`${TITLE} (edited copy)`);
  expect((await drawnMap(page)).nodes).toContain("n:coding-trainer");

  await details(page).getByRole("button", { name: "Draw a path from here…" }).click();
  const draw = page.getByRole("dialog", { name: "Draw a path" });
  await expect(draw.getByRole("combobox", { name: "From" })).toHaveValue("Coding trainer");
  await draw.getByRole("button", { name: "Draw the path" }).click();
  await expect(draw.getByText("choose the node the path leads to.")).toBeVisible();
  // The ends are searched, as in the route finder: Escape closes the list first, not the dialog.
  const to = draw.getByRole("combobox", { name: "To" });
  await to.fill("educator");
  await expect(draw.getByRole("option", { name: /^Coding Educator / })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(draw.getByRole("listbox", { name: "Choices for To" })).toBeHidden();
  await expect(draw).toBeVisible();
  await to.fill("educator");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(to).toHaveValue("Coding Educator");
  await draw.getByLabel("Kind of path").selectOption("advances-to");
  await draw.getByLabel("Inferred (a note says why)").check();
  await draw
    .getByRole("textbox", { name: "Note" })
    .fill("Trainers often become educators; our own team's experience.");
  await draw.getByRole("button", { name: "Draw the path" }).click();
  await expect(draw).toBeHidden();
  const PATH = "e:coding-trainer-to-coding-educator";
  expect((await drawnMap(page)).edges).toContain(PATH);
  await expect(details(page).getByText("Paths (1)")).toBeVisible();

  await page.getByRole("button", { name: "Undo" }).click();
  expect((await drawnMap(page)).edges).not.toContain(PATH);
  await page.keyboard.press("Control+Shift+Z");
  await expect.poll(async () => (await drawnMap(page)).edges).toContain(PATH);
  await page.keyboard.press("Control+Z");
  await expect.poll(async () => (await drawnMap(page)).edges).not.toContain(PATH);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(async () => (await drawnMap(page)).edges).toContain(PATH);
  await expect(page.getByRole("button", { name: "Redo" })).toBeDisabled();

  const edited = await drawnMap(page);
  expect(edited.nodes).toEqual([...before.nodes, "n:coding-trainer"].sort());
  const saved = await saveAs(page);
  expect(saved.name).toMatch(/^medical-billing-and-coding-career-map-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(saved.text) as { nodes: { id: string; level: string }[]; edges: { id: string }[] };
  expect(file.nodes.find((node) => node.id === "coding-trainer")?.level).toBe("mid");

  await page.getByRole("button", { name: "Restore the bundled map" }).click();
  await expect(heading(page)).toHaveText(TITLE);
  expect(await drawnMap(page)).toEqual(before);

  await openMapFile(page, {
    name: saved.name,
    mimeType: "application/json",
    buffer: Buffer.from(saved.text),
  });
  await expect(page.getByRole("status").filter({ hasText: `Opened ${saved.name}` })).toBeAttached();
  await expect(heading(page)).toHaveText(TITLE);
  expect(await drawnMap(page)).toEqual(edited);
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  expect((await saveAs(page)).text).toBe(saved.text);

  const sheet = await saveAs(page, "CSV");
  expect(sheet.name).toMatch(/^medical-billing-and-coding-career-map-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(sheet.text).toContain("coding-trainer-to-coding-educator");
  await page.getByRole("button", { name: "Restore the bundled map" }).click();
  await openMapFile(page, { name: sheet.name, mimeType: "text/csv", buffer: Buffer.from(sheet.text) });
  await expect(page.getByRole("status").filter({ hasText: `Opened ${sheet.name}` })).toBeAttached();
  expect(await drawnMap(page)).toEqual(edited);
  expect((await saveAs(page)).text).toBe(saved.text);
});

test("an edit the file rules refuse shows why and changes nothing", async ({ page }) => {
  await startEditing(page);
  const before = await drawnMap(page);

  await page.getByRole("button", { name: "Add position or credential…" }).click();
  const add = page.getByRole("dialog", { name: "Add a position or credential" });
  await add.getByLabel("Label").fill("Second clerk");
  await add.getByLabel("Id", { exact: true }).fill("medical-records-clerk");
  await add.getByLabel("Summary").fill("A clerk.");
  await add.getByLabel("Source link").fill("https://example.org/clerk");
  await add.getByRole("button", { name: "Add to the map" }).click();
  expect(await axeViolations(page)).toEqual([]);
  await expect(add.getByRole("alert")).toContainText(
    '"medical-records-clerk" is already the id of the position "Medical Records Clerk"',
  );
  await expect(add.getByLabel("Label")).toHaveValue("Second clerk");
  await add.getByRole("button", { name: "Cancel" }).click();
  await expect(add).toBeHidden();

  await page.getByRole("button", { name: "Medical Records Clerk", exact: true }).click();
  const form = details(page).getByRole("form", { name: "Names, level and summary of Medical Records Clerk" });
  await form.getByLabel("Label").fill("");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("alert")).toContainText(
    'label of the position "medical-records-clerk": must not be empty',
  );
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Medical Records Clerk");

  expect(await drawnMap(page)).toEqual(before);
  await expect(heading(page)).toHaveText(TITLE);
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
});

test("deleting a position says how many paths go with it, and undo brings them back", async ({ page }) => {
  await startEditing(page);
  const before = await drawnMap(page);
  const paths = before.edges.filter((id) => id.includes("coding-auditor")).length;

  await page.getByRole("button", { name: "Coding Auditor", exact: true }).click();
  await details(page).getByRole("button", { name: "Delete this position…" }).click();
  await expect(details(page).getByRole("button", { name: "Keep it" })).toBeFocused();
  await expect(details(page)).toContainText(`Delete “Coding Auditor” and its ${paths} paths?`);
  await details(page)
    .getByRole("button", { name: `Delete “Coding Auditor” and ${paths} paths` })
    .click();

  const after = await drawnMap(page);
  expect(after.nodes).not.toContain("n:coding-auditor");
  expect(after.edges).toHaveLength(before.edges.length - paths);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => drawnMap(page)).toEqual(before);
});

test("after an edit the map is drawn anew where the person was looking, at their zoom", async ({ page }) => {
  await startEditing(page);
  const view = () =>
    page.evaluate(() => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      const at = Object.fromEntries(
        cy.nodes("[careerId]").map((node) => [node.id(), node.renderedPosition()] as const),
      );
      return { zoom: cy.zoom(), at };
    });
  // The view once its animations have ended: two reads a moment apart that agree.
  const settledView = async () => {
    let last = await view();
    for (;;) {
      await page.waitForTimeout(150);
      const now = await view();
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
  };
  const firstZoom = (await settledView()).zoom;
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(async () => (await view()).zoom).toBeGreaterThan(firstZoom * 1.1);

  await page.getByRole("button", { name: "Coding Auditor", exact: true }).click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Coding Auditor");
  const chosen = await settledView();
  await details(page).getByRole("button", { name: "Delete this position…" }).click();
  await details(page)
    .getByRole("button", { name: /^Delete “Coding Auditor”/ })
    .click();
  await expect.poll(async () => Object.keys((await view()).at)).not.toContain("n:coding-auditor");

  const after = await settledView();
  expect(after.zoom).toBeCloseTo(chosen.zoom, 5);
  expect(after.zoom).toBeGreaterThan(firstZoom * 1.1);
  // Some node that is still on the map stands where it stood on screen.
  const stayed = Object.entries(after.at).filter(([id, at]) => {
    const was = chosen.at[id];
    return was !== undefined && Math.hypot(at.x - was.x, at.y - was.y) < 1;
  });
  expect(stayed.length).toBeGreaterThan(0);
});

test("the summary and the facts are edited in the details panel, one undo step each", async ({ page }) => {
  await startEditing(page);
  await page.getByRole("button", { name: "Payment Poster", exact: true }).click();
  const panel = details(page);
  const oldSummary = (await panel.locator(".details-summary").textContent()) ?? "";

  // Neither edit changes what is drawn: the map is kept as it is, not drawn anew.
  const sameInstance = () =>
    page.evaluate(() => (window as unknown as { __cy: { keptMark?: boolean } }).__cy.keptMark === true);
  await page.evaluate(() => {
    (window as unknown as { __cy: { keptMark?: boolean } }).__cy.keptMark = true;
  });
  const form = panel.getByRole("form", { name: "Names, level and summary of Payment Poster" });
  await form.getByLabel("Summary").fill("Posts insurance and patient payments to accounts.");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(panel.locator(".details-summary")).toHaveText(
    "Posts insurance and patient payments to accounts.",
  );
  expect(await sameInstance()).toBe(true);

  await panel.getByLabel("Facts under").selectOption("upkeep");
  const facts = panel.getByRole("form", { name: "Facts: Keeping it current" });
  await facts.getByRole("button", { name: "Add a fact" }).click();
  await facts.getByLabel("Fact 1", { exact: true }).fill("Our posters renew payer portal access every year.");
  await facts.getByLabel("Fact 1 source link").fill("mailto:lead@example.org");
  await facts.getByLabel("Fact 1 year (optional)").fill("2026");
  await facts.getByRole("button", { name: "Save facts" }).click();
  const upkeep = panel.getByRole("region", { name: "Keeping it current" });
  await expect(upkeep).toContainText("Our posters renew payer portal access every year.");
  expect(await sameInstance()).toBe(true);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(upkeep).toBeHidden();
  await expect(panel.locator(".details-summary")).toHaveText(
    "Posts insurance and patient payments to accounts.",
  );
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(panel.locator(".details-summary")).toHaveText(oldSummary);
  await expect(form.getByLabel("Summary")).toHaveValue(oldSummary);
});

test("editing works from the keyboard alone", async ({ page }) => {
  await openMap(page);
  const toggle = page.getByRole("button", { name: "Edit map" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  const addButton = page.getByRole("button", { name: "Add position or credential…" });
  await addButton.focus();
  await page.keyboard.press("Enter");
  const add = page.getByRole("dialog", { name: "Add a position or credential" });
  await expect(add.getByLabel("Position (a job)")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Denials analyst");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Works out why claims were denied.");
  await page.keyboard.press("Tab");
  await expect(add.getByLabel("A public source (link)")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(add.getByLabel("Our own statement (no public source)")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Our team's own role, agreed by the billing leads.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(add.getByRole("button", { name: "Add to the map" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(add).toBeHidden();
  await expect(addButton).toBeFocused();
  expect((await drawnMap(page)).nodes).toContain("n:denials-analyst");

  await page.getByRole("button", { name: "Draw a path…" }).focus();
  await page.keyboard.press("Enter");
  const draw = page.getByRole("dialog", { name: "Draw a path" });
  await expect(draw).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(draw).toBeHidden();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Denials analyst");

  await page.keyboard.press("Control+Z");
  await expect.poll(async () => (await drawnMap(page)).nodes).not.toContain("n:denials-analyst");
  await page.keyboard.press("Control+Y");
  await expect.poll(async () => (await drawnMap(page)).nodes).toContain("n:denials-analyst");
});

const drawnLabels = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __cy: import("cytoscape").Core }).__cy
      .nodes("[careerId]")
      .map((node) => String(node.data("label"))),
  );

test("opening another map sets unsaved edits aside, to reopen or save; nothing edited is lost", async ({
  page,
}) => {
  await startEditing(page);
  await addTrainer(page);
  await expect(heading(page)).toHaveText(`${TITLE} (edited copy)`);
  const other = generateLattice(60, 150, 7);
  await openMapFile(page, jsonFile("other.json", other));
  await expect(heading(page)).toHaveText(other.title);
  const setAside = page.getByRole("region", { name: "Edited maps set aside" });
  await expect(setAside).toContainText(`Your edits to “${TITLE}” were not saved`);
  expect(await axeViolations(page)).toEqual([]);

  await setAside.getByRole("button", { name: "Reopen the edited map" }).click();
  await expect(heading(page)).toHaveText(`${TITLE} (edited copy)`);
  await page.locator('[data-map-ready="true"]').waitFor();
  expect(await drawnLabels(page)).toContain("Coding trainer");
  await expect(setAside).toBeHidden();

  // Set aside again, then saved from the notice: the file holds the edit, and the notice goes.
  await openMapFile(page, jsonFile("other.json", other));
  await expect(heading(page)).toHaveText(other.title);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    setAside.getByRole("button", { name: "Save it as a file" }).click(),
  ]);
  expect(readFileSync(await file.path(), "utf8")).toContain("Coding trainer");
  await expect(setAside).toBeHidden();
});

test("leaving the page with unsaved edits asks first", async ({ page }) => {
  await startEditing(page);
  await addTrainer(page);
  const prompt = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await prompt;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
});

test("after Save as… leaving the page asks nothing", async ({ page }) => {
  await startEditing(page);
  await addTrainer(page);
  await saveAs(page);
  let asked = false;
  page.on("dialog", (dialog) => {
    asked = true;
    void dialog.accept();
  });
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(asked).toBe(false);
});

test("on a phone the add button shows a short text but keeps its full name", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openMap(page);
  await page.getByRole("button", { name: "Edit map" }).click();
  const addButton = page.getByRole("button", { name: "Add position or credential…" });
  await expect(addButton.getByText("position or credential")).toBeHidden();
  await expect(addButton.getByText("Add")).toBeVisible();
  await addButton.click();
  await expect(page.getByRole("dialog", { name: "Add a position or credential" })).toBeVisible();
});

test("a node added where the first view does not reach is in sight once the map is drawn anew", async ({
  page,
}) => {
  // On a phone the first view shows the entry level only, as a large map's does on any screen.
  await page.setViewportSize({ width: 375, height: 667 });
  await startEditing(page);
  await addTrainer(page, "Master level");
  await expect(heading(page)).toHaveText(`${TITLE} (edited copy)`);
  await page.locator('[data-map-ready="true"]').waitFor();
  const inSight = () =>
    page.evaluate(() => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      const at = cy.getElementById("n:coding-trainer").renderedPosition();
      return at.x >= 0 && at.x <= cy.width() && at.y >= 0 && at.y <= cy.height();
    });
  await expect.poll(inSight).toBe(true);
});
