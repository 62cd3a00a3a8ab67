import { pathToFileURL } from "node:url";
import type { Browser, Page } from "@playwright/test";
import { launchChromium, median, PREVIEW_URL, startPreview, stopPreview } from "./browser.ts";

export interface ExportTiming {
  /** Click on Download to the "Saved …" status, in milliseconds: drawing, composing, encoding, download. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly bytes: number;
  /** The longest main-thread task seen during the runs (long tasks are 50 ms or more; 0 if none). */
  readonly longestTaskMs: number;
}

export interface ExportFigures {
  readonly runs: number;
  readonly png2x: ExportTiming;
  readonly svg: ExportTiming;
}

/**
 * One export through the menu, timed inside the page from the click to the status saying it was saved.
 * `timeout` is how long to wait for the file (a big map's takes seconds).
 */
export async function timeOnce(
  page: Page,
  timeout = 30_000,
): Promise<{ ms: number; bytes: number; longest: number }> {
  const [download, [ms, longest]] = await Promise.all([
    page.waitForEvent("download", { timeout }),
    page.evaluate(
      () =>
        new Promise<[number, number]>((resolve) => {
          const status = document.querySelector(".export-status");
          const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Download");
          if (!status || !button) throw new Error("export menu is not open");
          let longest = 0;
          const tasks = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
          });
          tasks.observe({ type: "longtask" });
          const start = performance.now();
          new MutationObserver((_, observer) => {
            if (!status.textContent?.startsWith("Saved")) return;
            observer.disconnect();
            const ms = performance.now() - start;
            // Long tasks are reported after they end; give the last one a moment to arrive.
            setTimeout(() => {
              tasks.disconnect();
              resolve([ms, longest]);
            }, 50);
          }).observe(status, { childList: true, characterData: true, subtree: true });
          button.click();
        }),
    ),
  ]);
  const stream = await download.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return { ms, bytes, longest };
}

async function timeFormat(page: Page, format: string, runs: number): Promise<ExportTiming> {
  await page.getByLabel(format, { exact: true }).check();
  if (format === "PNG") await page.getByLabel("2×").check();
  const times: number[] = [];
  let bytes = 0;
  let longestTaskMs = 0;
  // The first run also loads the SVG writer's chunk and warms caches; it is not counted.
  for (let i = 0; i < runs + 1; i++) {
    const run = await timeOnce(page);
    if (i > 0) times.push(run.ms);
    if (i > 0) longestTaskMs = Math.max(longestTaskMs, run.longest);
    bytes = run.bytes;
  }
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    bytes,
    longestTaskMs: round(longestTaskMs),
  };
}

/**
 * Export timings of the bundled map in Chromium, on the production build at 1280×800: the whole map as a
 * 2× PNG and as SVG, both with title and legend, median of `runs` after one warm-up.
 */
export async function measureExport(browser: Browser, runs = 7): Promise<ExportFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(PREVIEW_URL);
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const png2x = await timeFormat(page, "PNG", runs);
    const svg = await timeFormat(page, "SVG (vector, for print)", runs);
    return { runs, png2x, svg };
  } finally {
    await context.close();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const figures = await measureExport(browser);
    console.log(
      `Chromium ${browser.version()}, production build, bundled map, median of ${figures.runs} runs`,
    );
    console.table({
      "PNG 2×": figures.png2x,
      SVG: figures.svg,
    });
  } finally {
    await browser.close();
    stopPreview(server);
  }
}
