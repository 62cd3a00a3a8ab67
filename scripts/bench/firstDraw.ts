import type { Browser } from "@playwright/test";
import { median } from "./browser.ts";
import { type Spread, spreadOf } from "./rounds.ts";

/** The marks the app sets on its way to the first drawn map (src/main.tsx, CareerGraphView.tsx), in order. */
export const APP_STEPS = {
  scriptsRun: "career-map:scripts-run",
  mapFetched: "career-map:map-fetched",
  pageRendered: "career-map:page-rendered",
  mapCreated: "career-map:map-created",
  firstDraw: "career-map:first-draw",
} as const;

export type AppStep = keyof typeof APP_STEPS;

export interface FirstDrawFigures {
  readonly runs: number;
  readonly app: {
    readonly firstDrawMs: Spread;
    /** Median time from navigation start to each step. */
    readonly stepsMs: Record<AppStep, number>;
    /** Measuring labels plus the ladder layout, inside the page's first render (the build checks the map). */
    readonly layoutMs: number;
  };
  /** Null when no bare page was asked for. */
  readonly bare: {
    readonly firstDrawMs: Spread;
    /** Median time from navigation start to the bare page's script running (Cytoscape loaded). */
    readonly scriptsRunMs: number;
  } | null;
}

const VIEWPORT = { width: 1280, height: 800 };

async function load(browser: Browser, url: string, names: readonly string[]): Promise<number[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const last = names.at(-1) ?? "";
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, last);
    return await page.evaluate(
      (all) =>
        all.map(
          (name) =>
            performance.getEntriesByName(name)[0]?.[name.endsWith(":layout") ? "duration" : "startTime"] ??
            Number.NaN,
        ),
      names,
    );
  } finally {
    await context.close();
  }
}

/**
 * Navigation start to the first drawn frame of the bundled map, in the app and on the bare page (the same
 * scene straight into Cytoscape: `bareUrl`, or none), alternating page by page in fresh browser contexts
 * (nothing cached) at 1280×800, so both meet the same load. The first pair warms the preview server up.
 */
export async function measureFirstDraws(
  browser: Browser,
  appUrl: string,
  bareUrl: string | null,
  runs = 7,
): Promise<FirstDrawFigures> {
  const appNames = [...Object.values(APP_STEPS), "career-map:layout"];
  const apps: number[][] = [];
  const bares: number[][] = [];
  for (let i = 0; i < runs + 1; i++) {
    const app = await load(browser, appUrl, appNames);
    const bare =
      bareUrl === null ? null : await load(browser, bareUrl, ["bare:scripts-run", "bare:first-draw"]);
    if (i === 0) continue;
    apps.push(app);
    if (bare) bares.push(bare);
  }
  const column = (rows: number[][], i: number) => rows.map((row) => row[i] ?? Number.NaN);
  const steps = Object.keys(APP_STEPS) as AppStep[];
  return {
    runs,
    app: {
      firstDrawMs: spreadOf(column(apps, steps.indexOf("firstDraw"))),
      stepsMs: Object.fromEntries(steps.map((step, i) => [step, median(column(apps, i))])) as Record<
        AppStep,
        number
      >,
      layoutMs: median(column(apps, steps.length)),
    },
    bare:
      bareUrl === null
        ? null
        : { firstDrawMs: spreadOf(column(bares, 1)), scriptsRunMs: median(column(bares, 0)) },
  };
}
