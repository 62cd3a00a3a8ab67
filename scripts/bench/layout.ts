/**
 * Layout benchmark: `npx tsx scripts/bench/layout.ts [--json]`.
 *
 * Times layoutCareerMap (median of single calls after a warm-up) on the bundled map, on the layout tests'
 * stand-in map, and on generated layered graphs (seeded, so every run measures the same graphs), and
 * reports the picture's quality: edge crossings against id order, edges behind boxes, shape and fit zoom.
 */
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../src/domain/format/validateCareerGraph.ts";
import { countCrossings, countEdgeNodeOverlaps, layoutCareerMap } from "../../src/domain/layout/index.ts";
import { fixtureMap } from "../../tests/unit/layout/fixtureMap.ts";
import { randomLayeredGraph } from "../../tests/unit/layout/randomGraph.ts";
import { median } from "./timing.ts";

export interface LayoutBenchRow {
  readonly label: string;
  readonly nodes: number;
  readonly edges: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly crossings: number;
  /** Crossings with every sub-column in id order and no alignment: what ordering saves. */
  readonly naiveCrossings: number;
  readonly edgeNodeOverlaps: number;
  readonly width: number;
  readonly height: number;
  readonly aspect: number;
  /** The zoom at which the whole map fits 1280×800: labels are drawn at 13px times this. */
  readonly fitZoom1280x800: number;
}

export interface LayoutBenchResult {
  readonly rows: readonly LayoutBenchRow[];
  readonly fiveThousandUnderOneSecond: boolean;
}

export interface LayoutBenchOptions {
  readonly seed?: number;
  /** Progress lines (to stderr when run directly). */
  readonly log?: (line: string) => void;
}

const MAP_FILE = new URL("../../data/career-map.json", import.meta.url);

/** The bundled map if it is there and valid; the bench still runs on the others without it. */
function bundledMap(): CareerGraph | undefined {
  if (!existsSync(MAP_FILE)) return undefined;
  const result = validateCareerGraph(JSON.parse(readFileSync(MAP_FILE, "utf8")));
  return result.ok ? result.value : undefined;
}

function measure(label: string, graph: CareerGraph, runs: number): LayoutBenchRow {
  layoutCareerMap(graph);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    layoutCareerMap(graph);
    times.push(performance.now() - start);
  }
  const layout = layoutCareerMap(graph);
  const naive = layoutCareerMap(graph, { orderingPasses: 0, alignmentPasses: 0 });
  return {
    label,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    runs,
    medianMs: median(times),
    minMs: Math.min(...times),
    crossings: countCrossings(layout, graph),
    naiveCrossings: countCrossings(naive, graph),
    edgeNodeOverlaps: countEdgeNodeOverlaps(layout, graph),
    width: layout.width,
    height: layout.height,
    aspect: layout.width / layout.height,
    fitZoom1280x800: Math.min(1280 / layout.width, 800 / layout.height),
  };
}

/** Runs every case and returns the figures; prints nothing but `log` lines. */
export function runLayoutBench(options: LayoutBenchOptions = {}): LayoutBenchResult {
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const cases: Array<[string, () => CareerGraph, number]> = [
    ["stand-in map", fixtureMap, 21],
    ["1k generated", () => randomLayeredGraph({ nodes: 1_000, edges: 4_000, seed }), 11],
    ["5k generated", () => randomLayeredGraph({ nodes: 5_000, edges: 20_000, seed }), 7],
  ];
  const bundled = bundledMap();
  if (bundled) cases.unshift(["bundled map", () => bundled, 21]);
  else log("data/career-map.json missing or invalid: skipped");
  const rows = cases.map(([label, make, runs]) => {
    log(`${label}...`);
    return measure(label, make(), runs);
  });
  const big = rows.find((row) => row.nodes === 5_000);
  return { rows, fiveThousandUnderOneSecond: big !== undefined && big.medianMs < 1_000 };
}

function printTable(result: LayoutBenchResult): void {
  const head = [
    "case",
    "nodes/edges",
    "median ms",
    "min ms",
    "crossings",
    "id order",
    "behind box",
    "w×h",
    "aspect",
    "fit zoom",
  ];
  const lines = result.rows.map((row) => [
    row.label,
    `${row.nodes}/${row.edges}`,
    row.medianMs.toFixed(1),
    row.minMs.toFixed(1),
    String(row.crossings),
    String(row.naiveCrossings),
    String(row.edgeNodeOverlaps),
    `${Math.round(row.width)}×${Math.round(row.height)}`,
    row.aspect.toFixed(2),
    row.fitZoom1280x800.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
  console.log(format(head));
  for (const line of lines) console.log(format(line));
  console.log("crossings: straight edges between node centres; id order: the same sub-columns unordered;");
  console.log("behind box: edge passes through a node box; fit zoom: whole map on 1280×800.");
  console.log(`5,000 nodes / 20,000 edges under one second: ${result.fiveThousandUnderOneSecond}`);
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = runLayoutBench({ log: (line) => process.stderr.write(`${line}\n`) });
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  else printTable(result);
}
