import type { BigMapFigures } from "./bigMap.ts";
import type { FirstDrawFigures } from "./firstDraw.ts";
import { formatKb } from "./initialJs.ts";
import type { Spread } from "./rounds.ts";

/** `--sizes=5000x15000x7,20000x60000x3`: nodes × edges × rounds; the default is what issue 11 asks for. */
export function parseSizes(argv: readonly string[]): [number, number, number][] {
  const arg = argv.find((a) => a.startsWith("--sizes="))?.slice("--sizes=".length);
  const spec = arg ?? "5000x15000x7,5000x20000x7,20000x60000x3";
  // `--sizes=none`: only the bundled map's first draw and the initial JS.
  if (spec === "none") return [];
  return spec.split(",").map((part) => {
    const [nodes, edges, rounds] = part.split("x").map(Number);
    return [nodes ?? 5000, edges ?? 15000, rounds ?? 7];
  });
}

/** Targets from issue 11: an absolute limit, or a multiple of the bare page's figure. */
const TARGETS: Record<string, { label: string; limit?: number; ratio?: number }> = {
  openMs: { label: "open → drawn and clickable (ms)", ratio: 1.3 },
  openLongestTaskMs: { label: "longest task while opening (ms)", limit: 200 },
  openFirstFrameTaskMs: { label: "  first frame's task (ms)", limit: 200 },
  openOtherLongestTaskMs: { label: "  longest other task (ms)", limit: 200 },
  hoverMs: { label: "hover → feedback drawn (ms)", limit: 50 },
  clickPanelMs: { label: "click (release) → details panel (ms)", limit: 100 },
  clickMapMs: { label: "click (release) → map shows it (ms)", limit: 100 },
  clearMs: { label: "clear selection → drawn (ms)", limit: 100 },
  routeMs: { label: "draw a route → drawn (ms)", limit: 150 },
  frameMs: { label: "zoom/pan median frame (ms)", limit: 33 },
  interactionLongestTaskMs: { label: "longest task in those interactions (ms)", limit: 200 },
  heapAfter20ClicksMb: { label: "heap after 20 clicks (MB)", ratio: 1.5 },
  domNodes: { label: "DOM nodes", limit: 3000 },
};

/** JSON turns NaN (a figure a page does not have) into null. */
const missing = (s: Spread | undefined): s is undefined =>
  s === undefined || s.median === null || Number.isNaN(s.median);

const show = (s: Spread | undefined) =>
  missing(s)
    ? "—"
    : s.min === s.max
      ? s.median.toFixed(1)
      : `${s.median.toFixed(1)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

function verdict(name: string, app: Spread | undefined, bare: Spread | undefined): string {
  const target = TARGETS[name];
  if (!target || missing(app)) return "";
  if (target.limit !== undefined)
    return `≤ ${target.limit}: ${app.median <= target.limit ? "met" : "NOT met"}`;
  if (target.ratio !== undefined && !missing(bare)) {
    return `≤ ${target.ratio}× bare: ${app.median <= bare.median * target.ratio ? "met" : "NOT met"}`;
  }
  return "";
}

export function printBigMap(figures: BigMapFigures): void {
  // Runs saved with --json before the load average was recorded have none.
  const load = figures.loadAverage as BigMapFigures["loadAverage"] | undefined;
  const machine = load
    ? `; load average ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end`
    : "";
  console.log(`Chromium ${figures.chromium}, production build, 1280×800; medians (min–max)${machine}`);
  for (const size of figures.sizes) {
    console.log(
      `\n${size.nodes} nodes / ${size.edges} edges, ${size.rounds} rounds, app beside bare Cytoscape`,
    );
    if (!size.opened) {
      console.log(`  the app did not open it: ${size.error}`);
      continue;
    }
    const rows: Record<string, Record<string, string>> = {};
    for (const [name, target] of Object.entries(TARGETS)) {
      const app = size.app[name];
      const bare = size.bare[name];
      const ratio =
        !missing(app) && !missing(bare) && bare.median > 0
          ? `${(app.median / bare.median).toFixed(2)}×`
          : "—";
      rows[target.label] = { app: show(app), bare: show(bare), ratio, target: verdict(name, app, bare) };
    }
    console.table(rows);
  }
  printBundledFirstDraw(figures.bundled);
  const bytes = figures.initialJsGzipBytes;
  const met = bytes <= 230_000 ? "met" : "NOT met";
  console.log(`initial JS: ${formatKb(bytes)} gzip (target ≤ 230 kB, decimal: ${met})`);
}

function printBundledFirstDraw({ app, bare }: FirstDrawFigures): void {
  if (bare === null) return;
  const ratio = app.firstDrawMs.median / bare.firstDrawMs.median;
  console.log(
    `\nbundled map, navigation → first drawn map: app ${show(app.firstDrawMs)} ms, bare ${show(bare.firstDrawMs)} ms, ` +
      `${ratio.toFixed(2)}× (target ≤ 1.2×: ${ratio <= 1.2 ? "met" : "NOT met"})`,
  );
  const at = app.stepsMs;
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  // Where the time goes: each step's median time from navigation start.
  console.table({
    "scripts loaded and run": { app: ms(at.scriptsRun), bare: ms(bare.scriptsRunMs) },
    "map data read": { app: ms(at.mapRead), bare: "in the script" },
    [`laid out, ready to draw (labels and layout ${ms(app.layoutMs)})`]: {
      app: ms(at.pageRendered),
      bare: "—",
    },
    "Cytoscape created, styled, at its first view": { app: ms(at.mapCreated), bare: "—" },
    "first frame drawn": { app: ms(at.firstDraw), bare: ms(bare.firstDrawMs.median) },
  });
}
