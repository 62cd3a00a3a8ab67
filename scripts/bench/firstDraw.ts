import type { Browser } from "@playwright/test";
import { median } from "./browser.ts";
import { type Spread, spreadOf } from "./rounds.ts";

/** The marks the app sets on its way to the first drawn map (src/main.tsx, CareerGraphView.tsx), in order. */
export const APP_STEPS = {
  scriptsRun: "career-map:scripts-run",
  mapRead: "career-map:map-read",
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

/**
 * One fresh page: when each mark was set (the last one is the first drawn frame, waited for), and how long
 * the app's labels and layout took (NaN on the bare page, which has no layout).
 */
async function load(
  browser: Browser,
  url: string,
  marks: readonly string[],
): Promise<{ at: number[]; layoutMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, marks.at(-1) ?? "");
    return await page.evaluate((names) => {
      const at = names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN);
      const layoutMs = performance.getEntriesByName("career-map:layout")[0]?.duration ?? Number.NaN;
      return { at, layoutMs };
    }, marks);
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
  const appMarks = Object.values(APP_STEPS);
  const apps: { at: number[]; layoutMs: number }[] = [];
  const bares: number[][] = [];
  for (let i = 0; i < runs + 1; i++) {
    const app = await load(browser, appUrl, appMarks);
    const bare =
      bareUrl === null ? null : await load(browser, bareUrl, ["bare:scripts-run", "bare:first-draw"]);
    if (i === 0) continue;
    apps.push(app);
    if (bare) bares.push(bare.at);
  }
  const column = (rows: number[][], i: number) => rows.map((row) => row[i] ?? Number.NaN);
  const appRows = apps.map((app) => app.at);
  const steps = Object.keys(APP_STEPS) as AppStep[];
  return {
    runs,
    app: {
      firstDrawMs: spreadOf(column(appRows, steps.indexOf("firstDraw"))),
      stepsMs: Object.fromEntries(steps.map((step, i) => [step, median(column(appRows, i))])) as Record<
        AppStep,
        number
      >,
      layoutMs: median(apps.map((app) => app.layoutMs)),
    },
    bare:
      bareUrl === null
        ? null
        : { firstDrawMs: spreadOf(column(bares, 1)), scriptsRunMs: median(column(bares, 0)) },
  };
}
