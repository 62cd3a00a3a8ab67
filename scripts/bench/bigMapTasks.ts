/**
 * Tasks on a 5,000-node map in the app, as a person does them: `npx tsx scripts/bench/bigMapTasks.ts`
 * (`--rounds=N`, default 3; `--json`). Production build in Chromium at 1280×800, a fresh page each round:
 * - a filter change: from the click to the next paint (Event Timing), until the map shows it, and the
 *   longest main-thread task (decision 0014, addendum);
 * - "Draw a path…": until the dialog shows, its longest task and the elements in the page;
 * - a summary edit: until the panel shows it, and whether the map was drawn again.
 * Pointer input goes through Playwright; the page's own observers time it.
 */
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "@playwright/test";
import { launchChromium, PREVIEW_URL, startPreview, stopPreview } from "./browser.ts";
import { generateLattice } from "./lattice.ts";
import { type Spread, spreadOf } from "./rounds.ts";

const WATCH = `window.__events = []; window.__long = 0; window.__watch?.forEach((o) => o.disconnect());
window.__watch = [new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "click") window.__events.push(e.duration); }),
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long = Math.max(window.__long, e.duration); })];
window.__watch[0].observe({ type: "event", durationThreshold: 16 }); window.__watch[1].observe({ type: "longtask" });`;
const WATCHED = `({ clickToPaint: Math.max(16, ...window.__events), longest: window.__long })`;
const TWO_FRAMES = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`;

type Step = { clickToPaint: number; shownMs: number; longest: number };
type Round = Record<string, Step>;

async function until(page: Page, test: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await page.evaluate(test)) return;
    await page.waitForTimeout(20);
  }
  throw new Error(`timed out waiting for ${test}`);
}

async function timed(page: Page, act: () => Promise<void>, done: string): Promise<Step> {
  await page.evaluate(WATCH);
  const started = Date.now();
  await act();
  await until(page, done);
  await page.evaluate(TWO_FRAMES);
  const shownMs = Date.now() - started;
  await page.waitForTimeout(500);
  const { clickToPaint, longest } = (await page.evaluate(WATCHED)) as {
    clickToPaint: number;
    longest: number;
  };
  return { clickToPaint, shownMs, longest };
}

async function round(browser: Browser): Promise<Round> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(PREVIEW_URL);
    await page.locator('[data-map-ready="true"]').waitFor();
    const graph = generateLattice(5000, 15000, 7);
    const file = {
      name: "lattice.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(graph)),
    };
    await page.getByLabel("Open map…").setInputFiles(file);
    await page
      .getByRole("heading", { level: 1 })
      .filter({ hasText: graph.title })
      .waitFor({ timeout: 120_000 });
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.waitForTimeout(1000);
    const steps: Round = {};
    const hidden = `window.__cy.nodes(".filtered-out").length`;
    await page.getByRole("button", { name: /^Filters/ }).click();
    for (const [name, label, count] of [
      ["hide 3,500 positions", "Show positions", 3500],
      ["show the positions again", "Show positions", 0],
      ["hide 1,500 credentials", "Show credentials", 1500],
      ["show the credentials again", "Show credentials", 0],
    ] as const) {
      const box = page.getByLabel(label).first();
      steps[name] = await timed(page, () => box.click(), `${hidden} === ${count}`);
    }
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Edit map" }).click();
    const dialog = `document.querySelector("dialog.edit-dialog[open]") !== null`;
    steps["open Draw a path…"] = await timed(
      page,
      () => page.getByRole("button", { name: "Draw a path…" }).click(),
      dialog,
    );
    await page.keyboard.press("Escape");

    const node = graph.nodes[1200];
    await page.getByRole("combobox", { name: "Search roles and credentials" }).fill(node?.label ?? "");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const details = page.getByRole("complementary", { name: "Details" });
    await details.getByRole("textbox", { name: "Summary" }).fill("A summary edited by the benchmark.");
    await page.evaluate(`window.__cy.benchMark = true`);
    steps["save a summary edit"] = await timed(
      page,
      () => details.getByRole("button", { name: "Save changes" }).click(),
      `document.querySelector(".details-summary")?.textContent === "A summary edited by the benchmark."`,
    );
    if (!(await page.evaluate(`window.__cy.benchMark === true`)))
      throw new Error("the summary edit drew the map again");
    return steps;
  } finally {
    await context.close();
  }
}

export async function runBigMapTasksBench(rounds = 3): Promise<Record<string, Record<keyof Step, Spread>>> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const all: Round[] = [];
    for (let i = 0; i < rounds; i++) all.push(await round(browser));
    const names = Object.keys(all[0] ?? {});
    const of = (name: string, key: keyof Step) => spreadOf(all.map((r) => r[name]?.[key] ?? Number.NaN));
    return Object.fromEntries(
      names.map((name) => [
        name,
        {
          clickToPaint: of(name, "clickToPaint"),
          shownMs: of(name, "shownMs"),
          longest: of(name, "longest"),
        },
      ]),
    );
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const rounds = Number(process.argv.find((arg) => arg.startsWith("--rounds="))?.slice(9) ?? 3);
  const figures = await runBigMapTasksBench(rounds);
  if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
  else {
    const ms = (s: Spread) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
    console.log(
      `5,000 nodes / 15,000 paths, ${rounds} rounds, medians (min–max) in ms; the summary edit keeps the map`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(figures).map(([name, f]) => [
          name,
          {
            "click → next paint": ms(f.clickToPaint),
            "until shown": ms(f.shownMs),
            "longest task": ms(f.longest),
          },
        ]),
      ),
    );
  }
}
