import type { Page } from "@playwright/test";
import { makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";
import { expect, openMap, test } from "./fixtures.ts";

const TITLE = "Medical Billing and Coding Career Map";
const HOST = "https://maps.example.test";
const CORS = { "access-control-allow-origin": "*", "content-type": "application/json" };

const teamMap = () => ({
  ...makeGraph(
    [
      makePosition("trainee", "entry", { label: "Trainee" }),
      makePosition("lead", "mid", { label: "Team Lead" }),
    ],
    [makeEdge("trainee", "lead")],
  ),
  title: "Our team ladder",
});

async function serve(
  page: Page,
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = CORS,
) {
  await page.route(`${HOST}${path}`, (route) => route.fulfill({ status: 200, headers, body }));
}

test("a ?map= link opens the map after asking, with the link's route on it", async ({ page }) => {
  await serve(page, "/ladder.json", JSON.stringify(teamMap()));
  await openMap(page, `/?map=${encodeURIComponent(`${HOST}/ladder.json`)}&from=trainee&to=lead`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await page.getByRole("button", { name: "Open the map from maps.example.test" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our team ladder");
  const panel = page.getByRole("region", { name: "Find a route" });
  await expect(panel.getByRole("combobox", { name: "From" })).toHaveValue("Trainee");
  await expect(panel.getByRole("combobox", { name: "To" })).toHaveValue("Team Lead");
  await expect(page).toHaveURL(/map=https%3A%2F%2Fmaps\.example\.test%2Fladder\.json/);
  await expect(page).toHaveURL(/mapid=map-/);
});

const REFUSED = [
  {
    what: "an oversized map",
    path: "/huge.json",
    body: Buffer.alloc(11 * 1024 * 1024, 32),
    reason: "is larger than 10 MB, the most this app reads",
  },
  {
    what: "a web page",
    path: "/page.json",
    body: "<!doctype html><p>Not found</p>",
    reason: "This looks like a web page (HTML)",
  },
  {
    what: "broken JSON",
    path: "/cut.json",
    body: '{"version": 2, "title": "Cut',
    reason: "Not valid JSON here",
  },
];

for (const { what, path, body, reason } of REFUSED) {
  test(`${what} from a link is refused with the reason and the map stays`, async ({ page }) => {
    await serve(page, path, body);
    await openMap(page, `/?map=${encodeURIComponent(`${HOST}${path}`)}`);
    await page.getByRole("button", { name: "Open the map from maps.example.test" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Couldn’t open the map from the link" });
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText("The map shown before is unchanged.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(page).not.toHaveURL(/map=/);
  });
}

test("a 404 and an unreachable or CORS-blocked server each get their own message", async ({
  page,
  problems,
}) => {
  await page.route(`${HOST}/missing.json`, (route) =>
    route.fulfill({ status: 404, headers: CORS, body: "nope" }),
  );
  await openMap(page, `/?map=${encodeURIComponent(`${HOST}/missing.json`)}`);
  await page.getByRole("button", { name: "Open the map from maps.example.test" }).click();
  await expect(page.getByRole("alert")).toContainText("maps.example.test answered 404");
  // Chromium reports a blocked or failed fetch the same way to the page (a TypeError), so one message covers both.
  await page.route(`${HOST}/blocked.json`, (route) => route.abort("accessdenied"));
  await openMap(page, `/?map=${encodeURIComponent(`${HOST}/blocked.json`)}`);
  await page.getByRole("button", { name: "Open the map from maps.example.test" }).click();
  await expect(page.getByRole("alert")).toContainText("doesn’t let other sites read the file (CORS)");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  // The browser logs each failed load itself; those lines are this test's subject, not a fault of the app.
  const unexpected = problems.filter((line) => !line.includes("Failed to load resource"));
  problems.splice(0, problems.length, ...unexpected);
});

test("a plain http or javascript: map link is refused before any fetch", async ({ page }) => {
  let fetched = false;
  await page.route("http://maps.example.test/**", (route) => {
    fetched = true;
    return route.abort();
  });
  await openMap(page, "/?map=http%3A%2F%2Fmaps.example.test%2Fa.json");
  await expect(page.getByRole("alert")).toContainText("Only https:// map links can be opened");
  await openMap(page, "/?map=javascript%3Aalert(1)");
  await expect(page.getByRole("alert")).toContainText(
    "Only https:// map links can be opened, not javascript: ones.",
  );
  expect(fetched).toBe(false);
});
