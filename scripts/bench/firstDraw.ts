import type { Browser } from "@playwright/test";
import { median, PREVIEW_URL } from "./browser.ts";

export interface FirstDrawFigures {
  runs: number;
  firstDrawMs: { median: number; min: number; max: number };
  domContentLoadedMs: number;
  /** Where the time goes, median: measuring labels plus the ladder layout (the build checks the map). */
  layoutMs: number;
}

/**
 * Time from navigation start to the first frame of the drawn map, in fresh browser contexts
 * (nothing cached), at 1280×800, against the production build served locally.
 */
export async function measureFirstDraw(browser: Browser, runs = 9): Promise<FirstDrawFigures> {
  const draws: number[] = [];
  const loaded: number[] = [];
  const layout: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(PREVIEW_URL);
    await page.waitForFunction(() => performance.getEntriesByName("career-map:first-draw").length > 0);
    const [draw, dcl, place] = await page.evaluate(() => [
      performance.getEntriesByName("career-map:first-draw")[0]?.startTime ?? Number.NaN,
      (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      performance.getEntriesByName("career-map:layout")[0]?.duration ?? Number.NaN,
    ]);
    await context.close();
    if (i === 0) continue; // warm-up: the first run also pays for starting the preview server's caches
    draws.push(draw ?? Number.NaN);
    loaded.push(dcl ?? Number.NaN);
    layout.push(place ?? Number.NaN);
  }
  return {
    runs,
    firstDrawMs: { median: median(draws), min: Math.min(...draws), max: Math.max(...draws) },
    domContentLoadedMs: median(loaded),
    layoutMs: median(layout),
  };
}
