/**
 * Route finder benchmark: `npx tsx scripts/bench/routes.ts [--json] [--quick]`.
 *
 * Generated career lattices with requirements ({@link requirementLattice}; seeded, so every run measures the
 * same graphs and pairs) of three sizes. For each: building the route index; requirement-aware queries with
 * k=1 and k=5 for each objective; and, on the same graph without requirements, our fastest route (k=1)
 * beside graphology-shortest-path's weighted bidirectional Dijkstra with the same weights (months at the
 * least), checking both find routes of the same length in time. Times are medians of single calls.
 */
import { pathToFileURL } from "node:url";
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/dijkstra";
import type { CareerGraph, CareerNode } from "../../src/domain/careerGraph.ts";
import { seeded } from "../../src/domain/layout/random.ts";
import {
  buildRouteIndex,
  EMPTY_QUESTION,
  findRoutes,
  OBJECTIVES,
  type Objective,
  type RouteIndex,
} from "../../src/domain/route/index.ts";
import { requirementLattice } from "./routeLattice.ts";
import { median, timeCalls, timeOnce } from "./timing.ts";

export interface BenchSize {
  readonly label: string;
  readonly nodes: number;
  readonly edges: number;
}

export interface RouteBenchOptions {
  readonly sizes?: readonly BenchSize[];
  readonly seed?: number;
  /** Source/target pairs per size, all reachable with requirements. */
  readonly pairs?: number;
  /** Timed calls per pair. */
  readonly runs?: number;
  readonly log?: (line: string) => void;
}

export interface ObjectiveTimes {
  readonly k1Ms: number;
  readonly k5Ms: number;
  /** Share of queries the search finished within its work limit. */
  readonly complete: number;
}

export interface RouteBenchRow {
  readonly label: string;
  readonly nodes: number;
  readonly edges: number;
  readonly pairs: number;
  readonly buildMs: number;
  readonly byObjective: Record<Objective, ObjectiveTimes>;
  readonly meanSteps: number;
  readonly meanCredentials: number;
  readonly rawFastestMs: number;
  readonly graphologyMs: number;
  /** ours without requirements / graphology: below 1 means faster. */
  readonly ratio: number;
  /** Our route's months equal graphology's path weight on every pair. */
  readonly weightsAgree: boolean;
  readonly targets: {
    readonly k1Under20Ms: boolean;
    readonly k5Under100Ms: boolean;
    readonly notSlower: boolean;
  };
}

export interface RouteBenchResult {
  readonly benchmark: "routes";
  readonly node: string;
  readonly seed: number;
  readonly rows: readonly RouteBenchRow[];
  /** Targets are set for the 10,000/50,000 size; null if it was not run. */
  readonly targetsMetAt10k: boolean | null;
}

export const DEFAULT_SIZES: readonly BenchSize[] = [
  { label: "1k", nodes: 1_000, edges: 5_000 },
  { label: "10k", nodes: 10_000, edges: 50_000 },
  { label: "50k", nodes: 50_000, edges: 250_000 },
];

const question = (from: string, to: string, objective: Objective, requirements = true) => ({
  ...EMPTY_QUESTION,
  from,
  to,
  objective,
  requirements,
});

/** Entry positions to master positions a tenth of the level's width away, reachable with requirements. */
function pickPairs(graph: CareerGraph, index: RouteIndex, count: number, seed: number): [string, string][] {
  const random = seeded(seed ^ 0x5eed);
  const entry = graph.nodes.filter((n) => n.level === "entry" && n.kind === "position");
  const master = graph.nodes.filter((n) => n.level === "master" && n.kind === "position");
  const pairs: [string, string][] = [];
  for (let tries = 0; pairs.length < count && tries < count * 200; tries++) {
    const column = random();
    const from = entry[Math.floor(column * entry.length)] as CareerNode;
    const toColumn = Math.min(0.999, Math.max(0, column + (random() - 0.5) * 0.2));
    const to = master[Math.floor(toColumn * master.length)] as CareerNode;
    if (findRoutes(index, question(from.id, to.id, "fastest")).ok) pairs.push([from.id, to.id]);
  }
  return pairs;
}

const round = (ms: number) => Math.round(ms * 10_000) / 10_000;

function graphologyOf(graph: CareerGraph): Graph {
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const node of graph.nodes) g.addNode(node.id);
  for (const edge of graph.edges) {
    // The same weight our fastest objective ranks by first: months at the least, a credential's door 0.
    const months = edge.time ? Math.round(edge.time.minYears * 12) : edge.kind === "qualifies-for" ? 0 : 12;
    g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { months });
  }
  return g;
}

function pathMonths(g: Graph, path: string[]): number {
  let total = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    let best = Number.POSITIVE_INFINITY;
    g.forEachOutEdge(path[i], (_edge, attributes, _s, target) => {
      if (target === path[i + 1]) best = Math.min(best, attributes.months as number);
    });
    total += best;
  }
  return total;
}

function benchSize(size: BenchSize, options: Required<Omit<RouteBenchOptions, "sizes">>): RouteBenchRow {
  const { seed, log, runs } = options;
  // Round-trip through JSON so ids are plain strings as in a loaded file.
  const graph: CareerGraph = JSON.parse(JSON.stringify(requirementLattice(size.nodes, size.edges, seed)));
  buildRouteIndex(graph);
  const builds = Array.from({ length: size.nodes > 20_000 ? 3 : 7 }, () =>
    timeOnce(() => buildRouteIndex(graph)),
  );
  const index = builds[0]?.value ?? buildRouteIndex(graph);
  const buildMs = median(builds.map((b) => b.ms));
  const pairs = pickPairs(graph, index, options.pairs, seed);
  log(`${size.label}: built index in ${buildMs.toFixed(2)} ms; ${pairs.length} pairs`);
  const byObjective = {} as Record<Objective, ObjectiveTimes>;
  let steps = 0;
  let credentials = 0;
  for (const objective of OBJECTIVES) {
    const answers = pairs.map(([from, to]) => findRoutes(index, question(from, to, objective), { k: 5 }));
    const complete = answers.filter((a) => a.ok && a.complete).length / Math.max(1, answers.length);
    if (objective === "fastest") {
      for (const answer of answers) {
        const best = answer.ok ? answer.routes[0] : undefined;
        steps += best?.cost.steps ?? 0;
        credentials += best?.nodes.filter((id) => id.includes("-c")).length ?? 0;
      }
    }
    // Slow queries (past the work limit) get a single timed round, so the whole run stays within minutes.
    const probe = timeOnce(() => pairs.map(([from, to]) => findRoutes(index, question(from, to, objective))));
    const rounds = probe.ms / Math.max(1, pairs.length) > 200 ? 1 : runs;
    const [k1Ms = 0] = timeCalls(pairs, rounds, 1, [
      (from, to) => findRoutes(index, question(from, to, objective)),
    ]);
    const [k5Ms = 0] = timeCalls(pairs, Math.max(1, rounds >> 1), 1, [
      (from, to) => findRoutes(index, question(from, to, objective), { k: 5 }),
    ]);
    byObjective[objective] = { k1Ms: round(k1Ms), k5Ms: round(k5Ms), complete };
    log(
      `${size.label} ${objective}: k=1 ${k1Ms.toFixed(3)} ms, k=5 ${k5Ms.toFixed(3)} ms, complete ${complete}`,
    );
  }
  const g = graphologyOf(graph);
  const weightsAgree = pairs.every(([from, to]) => {
    const ours = findRoutes(index, question(from, to, "fastest", false));
    const theirs = bidirectional(g, from, to, "months");
    return ours.ok && theirs !== null && ours.routes[0]?.cost.monthsMin === pathMonths(g, theirs);
  });
  const [rawFastestMs = 0, graphologyMs = 0] = timeCalls(pairs, runs, 1, [
    (from, to) => findRoutes(index, question(from, to, "fastest", false)),
    (from, to) => bidirectional(g, from, to, "months"),
  ]);
  log(
    `${size.label} without requirements: ours ${rawFastestMs.toFixed(3)} ms, graphology ${graphologyMs.toFixed(3)} ms`,
  );
  const worst = (pick: (t: ObjectiveTimes) => number) =>
    Math.max(...OBJECTIVES.map((o) => pick(byObjective[o])));
  const ratio = rawFastestMs / graphologyMs;
  return {
    label: size.label,
    nodes: size.nodes,
    edges: size.edges,
    pairs: pairs.length,
    buildMs: round(buildMs),
    byObjective,
    meanSteps: round(steps / Math.max(1, pairs.length)),
    meanCredentials: round(credentials / Math.max(1, pairs.length)),
    rawFastestMs: round(rawFastestMs),
    graphologyMs: round(graphologyMs),
    ratio: Math.round(ratio * 1000) / 1000,
    weightsAgree,
    targets: {
      k1Under20Ms: worst((t) => t.k1Ms) < 20,
      k5Under100Ms: worst((t) => t.k5Ms) < 100,
      notSlower: ratio <= 1,
    },
  };
}

/** Run the benchmark and return every figure; prints nothing except through `options.log`. */
export function runRouteBench(options: RouteBenchOptions = {}): RouteBenchResult {
  const seed = options.seed ?? 20_240_601;
  const settings = {
    seed,
    pairs: options.pairs ?? 6,
    runs: options.runs ?? 10,
    log: options.log ?? (() => {}),
  };
  const rows = (options.sizes ?? DEFAULT_SIZES).map((size) => benchSize(size, settings));
  const at10k = rows.find((row) => row.nodes === 10_000);
  return {
    benchmark: "routes",
    node: process.version,
    seed,
    rows,
    targetsMetAt10k: at10k ? Object.values(at10k.targets).every(Boolean) && at10k.weightsAgree : null,
  };
}

function printTable(result: RouteBenchResult): void {
  const head = [
    "size",
    "nodes/edges",
    "build",
    "objective",
    "k=1",
    "k=5",
    "complete",
    "no-req k=1",
    "graphology",
    "ratio",
  ];
  const ms = (value: number) => value.toFixed(value < 1 ? 3 : 2);
  const lines = result.rows.flatMap((row) =>
    OBJECTIVES.map((objective, i) => {
      const t = row.byObjective[objective];
      const first = i === 0;
      return [
        first ? row.label : "",
        first ? `${row.nodes}/${row.edges}` : "",
        first ? ms(row.buildMs) : "",
        objective,
        ms(t.k1Ms),
        ms(t.k5Ms),
        `${Math.round(t.complete * 100)}%`,
        first ? ms(row.rawFastestMs) : "",
        first ? ms(row.graphologyMs) : "",
        first ? row.ratio.toFixed(3) : "",
      ];
    }),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
  console.log(format(head));
  for (const line of lines) console.log(format(line));
  console.log(
    "Medians of single calls in ms. k=1/k=5: with requirements; no-req k=1: fastest without requirements, beside graphology's weighted bidirectional Dijkstra on the same weights.",
  );
  for (const row of result.rows) {
    console.log(
      `${row.label}: ${row.pairs} pairs, best routes average ${row.meanSteps} steps and ${row.meanCredentials} credentials; weights agree with graphology: ${row.weightsAgree}; targets ${JSON.stringify(row.targets)}`,
    );
  }
  console.log(`Targets met at 10k: ${result.targetsMetAt10k}`);
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const json = process.argv.includes("--json");
  const quick = process.argv.includes("--quick");
  const result = runRouteBench({
    log: (line) => process.stderr.write(`${line}\n`),
    ...(quick ? { sizes: DEFAULT_SIZES.slice(0, 2), runs: 8 } : {}),
  });
  if (json) console.log(JSON.stringify(result));
  else printTable(result);
}
