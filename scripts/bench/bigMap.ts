import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "@playwright/test";
import { LIMITS } from "../../src/domain/format/limits.ts";
import { launchChromium, PREVIEW_URL, startPreview, stopPreview } from "./browser.ts";
import { type FirstDrawFigures, measureFirstDraws } from "./firstDraw.ts";
import { initialJsGzipBytes } from "./initialJs.ts";
import { generateLattice } from "./lattice.ts";
import { type AppRound, type BareRound, type Spread, spread, spreadOf } from "./rounds.ts";
import { routeEnds } from "./routeEnds.ts";

/**
 * Big maps in Chromium on the production build: a generated lattice opened through "Open map…" in the
 * app, beside a bare page that draws the same elements (read back from the app's Cytoscape, with its
 * stylesheet, canvas size and viewport) straight into Cytoscape with preset positions. App and bare page
 * alternate round by round in the same browser, each round in a fresh context.
 */
const IN_PAGE = readFileSync(new URL("./inPage.js", import.meta.url), "utf8");
const BARE_URL = `${PREVIEW_URL}/bench-bare/`;
const VIEWPORT = { width: 1280, height: 800 };

export interface SizeFigures {
  readonly nodes: number;
  readonly edges: number;
  readonly rounds: number;
  readonly opened: boolean;
  readonly error?: string;
  readonly app: Record<string, Spread>;
  readonly bare: Record<string, Spread>;
}

export interface BigMapFigures {
  readonly benchmark: "big-maps";
  readonly chromium: string;
  /** The machine's 1-minute load average when the run started and ended: the seconds depend on it. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly sizes: readonly SizeFigures[];
  readonly bundled: FirstDrawFigures;
  readonly initialJsGzipBytes: number;
}

/** The bare page: Cytoscape's own bundle and an empty container, served beside the app. */
function writeBarePage(): void {
  mkdirSync("dist/bench-bare", { recursive: true });
  copyFileSync("node_modules/cytoscape/dist/cytoscape.min.js", "dist/bench-bare/cytoscape.min.js");
  writeFileSync(
    "dist/bench-bare/index.html",
    '<!doctype html><html><head><meta charset="utf-8"><title>bare</title>' +
      '<script src="cytoscape.min.js"></script></head>' +
      '<body style="margin:0"><div id="cy"></div></body></html>',
  );
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  if (url === PREVIEW_URL) await page.locator('[data-map-ready="true"]').waitFor();
  await page.evaluate(IN_PAGE);
  return page;
}

type Bench = Record<string, (...args: unknown[]) => Promise<unknown>>;
const call = <T>(page: Page, name: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(
    ([fn, rest]) => (window as unknown as { __bench: Bench }).__bench[fn as string]?.(...(rest as unknown[])),
    [name, args] as const,
  ) as Promise<T>;

interface Opened {
  ms: number;
  longest: number;
  frameTask: number;
  otherLongest: number;
  error?: string;
}

/**
 * The same steps on either page once the map is open: hover, click, clear, route, viewport frames.
 * `withPanel`: the click also waits for the details panel (the app has one, the bare page not).
 */
async function roundAfterOpening(
  page: Page,
  open: Opened,
  withPanel: boolean,
  ends: readonly [string, string],
): Promise<BareRound> {
  return {
    openMs: open.ms,
    openLongestTaskMs: open.longest,
    openFirstFrameTaskMs: open.frameTask,
    openOtherLongestTaskMs: open.otherLongest,
    domNodes: await call<number>(page, "domNodes"),
    hover: await call(page, "hover", 0),
    click: await call(page, "click", 1, withPanel),
    clear: await call(page, "clear"),
    route: await call(page, "route", ...ends),
    frameMs: await call<number>(page, "viewportFrames"),
  };
}

async function appRound(browser: Browser, text: string, nodes: number, ends: [string, string]) {
  const page = await freshPage(browser, PREVIEW_URL);
  try {
    await call(page, "stage", text);
    const open = await call<Opened>(page, "openApp", "lattice.json", nodes);
    if (open.error !== undefined) return { error: open.error };
    const scene = await call<string>(page, "scene");
    const round: AppRound = await roundAfterOpening(page, open, true, ends);
    return { round, scene };
  } finally {
    await page.context().close();
  }
}

async function bareRound(browser: Browser, scene: string, routeIds: readonly string[]): Promise<BareRound> {
  const page = await freshPage(browser, BARE_URL);
  try {
    await call(page, "stage", scene);
    const open = await call<Opened>(page, "openBare");
    await page.evaluate((ids) => Object.assign(window, { __routeIds: ids }), routeIds);
    return await roundAfterOpening(page, open, false, ["", ""]);
  } finally {
    await page.context().close();
  }
}

/** Used JS heap after 20 clicks on different nodes, after a forced garbage collection, in MB. */
async function heapAfterClicks(page: Page): Promise<number> {
  await call(page, "clicks", 20);
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

async function measureSize(
  browser: Browser,
  nodes: number,
  edges: number,
  rounds: number,
  log: (line: string) => void,
): Promise<SizeFigures> {
  const graph = generateLattice(nodes, edges, 7);
  const text = JSON.stringify(graph);
  const ends = routeEnds(graph);
  const apps: AppRound[] = [];
  const bares: BareRound[] = [];
  let scene = "";
  for (let r = 0; r < rounds; r++) {
    const app = await appRound(browser, text, nodes, ends);
    if ("error" in app) {
      log(`  ${nodes}/${edges}: the app did not open it: ${app.error}`);
      return { nodes, edges, rounds: 0, opened: false, error: String(app.error), app: {}, bare: {} };
    }
    apps.push(app.round);
    scene = app.scene;
    bares.push(await bareRound(browser, scene, app.round.route.ids));
    log(`  ${nodes}/${edges}: round ${r + 1}/${rounds} done`);
  }
  const appPage = await freshPage(browser, PREVIEW_URL);
  await call(appPage, "stage", text);
  await call(appPage, "openApp", "lattice.json", nodes);
  const appHeap = await heapAfterClicks(appPage);
  await appPage.context().close();
  const barePage = await freshPage(browser, BARE_URL);
  await call(barePage, "stage", scene);
  await call(barePage, "openBare");
  const bareHeap = await heapAfterClicks(barePage);
  await barePage.context().close();
  return {
    nodes,
    edges,
    rounds,
    opened: true,
    app: { ...spread(apps), heapAfter20ClicksMb: spreadOf([appHeap]) },
    bare: { ...spread(bares), heapAfter20ClicksMb: spreadOf([bareHeap]) },
  };
}

/** The bare page of the bundled map: the app's scene (read from a fresh app page) straight into Cytoscape. */
async function writeBareBundledPage(browser: Browser): Promise<string> {
  const page = await freshPage(browser, PREVIEW_URL);
  const scene = await call<string>(page, "scene");
  await page.context().close();
  writeFileSync(
    "dist/bench-bare/bundled.html",
    '<!doctype html><html><head><meta charset="utf-8"><script src="cytoscape.min.js"></script></head>' +
      '<body style="margin:0"><div id="cy"></div><script src="bundled.js"></script></body></html>',
  );
  writeFileSync(
    "dist/bench-bare/bundled.js",
    `performance.mark("bare:scripts-run");
const scene = ${scene};
const container = document.getElementById("cy");
container.style.width = scene.width + "px";
container.style.height = scene.height + "px";
const cy = cytoscape({ container, elements: scene.elements, style: scene.style, zoom: scene.zoom, pan: scene.pan,
  layout: { name: "preset", fit: false } });
cy.one("render", () => performance.mark("bare:first-draw"));`,
  );
  return `${BARE_URL}bundled.html`;
}

export interface BigMapOptions {
  readonly sizes: readonly (readonly [number, number, number])[];
  readonly log: (line: string) => void;
}

export async function runBigMapBench(options: BigMapOptions): Promise<BigMapFigures> {
  // Maps past the format's limits open in a build with raised limits, made for this benchmark only.
  if (options.sizes.some(([nodes, edges]) => nodes > LIMITS.nodes || edges > LIMITS.edges)) {
    process.env.BENCH_BIG_MAPS = "1";
  }
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const server = await startPreview();
  writeBarePage();
  const browser = await launchChromium();
  try {
    const sizes: SizeFigures[] = [];
    for (const [nodes, edges, rounds] of options.sizes) {
      sizes.push(await measureSize(browser, nodes, edges, rounds, options.log));
    }
    const bundled = await measureFirstDraws(browser, PREVIEW_URL, await writeBareBundledPage(browser), 7);
    return {
      benchmark: "big-maps",
      chromium: browser.version(),
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? Number.NaN },
      sizes,
      bundled,
      initialJsGzipBytes: initialJsGzipBytes("dist"),
    };
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { parseSizes, printBigMap } = await import("./printBigMap.ts");
  const json = process.argv.includes("--json");
  // `--from-json=FILE` prints the table of an earlier `--json` run instead of measuring.
  const earlier = process.argv.find((arg) => arg.startsWith("--from-json="))?.slice("--from-json=".length);
  const figures = earlier
    ? (JSON.parse(readFileSync(earlier, "utf8")) as BigMapFigures)
    : await runBigMapBench({
        sizes: parseSizes(process.argv),
        log: json ? () => {} : (line) => console.error(line),
      });
  if (json) console.log(JSON.stringify(figures));
  else printBigMap(figures);
}
