/**
 * Route finder benchmark: `npx tsx scripts/bench/routes.ts [--json] [--quick]`.
 *
 * Generated career lattices (seeded, so every run measures the same graphs and pairs) of three sizes. For
 * each: building the route index, fewest-steps queries (k=1) and five ranked routes (k=5), against
 * graphology-shortest-path's unweighted bidirectional search and Cytoscape's headless aStar and dijkstra on
 * the same graph and pairs. Times are medians of single calls after warm-up.
 */
import { pathToFileURL } from "node:url";
import cytoscape from "cytoscape";
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { CareerGraph, CareerNode } from "../../src/domain/careerGraph.ts";
import { seeded } from "../../src/domain/layout/random.ts";
import { buildRouteIndex, findRoutes, type RouteIndex } from "../../src/domain/route/index.ts";
import { generateLattice } from "./lattice.ts";
import { median, timeCalls, timeOnce } from "./timing.ts";

export interface BenchSize {
  readonly label: string;
  readonly nodes: number;
  readonly edges: number;
}

export interface RouteBenchOptions {
  readonly sizes?: readonly BenchSize[];
  readonly seed?: number;
  /** Source/target pairs per size, all reachable. */
  readonly pairs?: number;
  /** Timed calls per pair for our queries and graphology's. */
  readonly runs?: number;
  /** Timed calls per pair for Cytoscape, which is far slower. */
  readonly cytoscapeRuns?: number;
  /** Cytoscape is skipped on graphs with more nodes than this. */
  readonly cytoscapeMaxNodes?: number;
  /** Progress lines (to stderr by default when run directly). */
  readonly log?: (line: string) => void;
}

export interface RouteBenchRow {
  readonly label: string;
  readonly nodes: number;
  readonly edges: number;
  readonly pairs: number;
  readonly meanRouteSteps: number;
  readonly buildMs: number;
  readonly oursK1Ms: number;
  readonly oursK5Ms: number;
  readonly graphologyMs: number;
  /** ours k=1 / graphology: below 1 means faster. */
  readonly ratioK1VsGraphology: number;
  readonly cyAStarMs: number | null;
  readonly cyDijkstraMs: number | null;
  readonly cytoscapeSkipped: string | null;
  /** Our route lengths equal graphology's on every pair. */
  readonly lengthsAgree: boolean;
  readonly targets: {
    readonly k1Under5Ms: boolean;
    readonly k5Under10Ms: boolean;
    readonly k1NotSlower: boolean;
  };
}

export interface RouteBenchResult {
  readonly benchmark: "routes";
  readonly node: string;
  readonly seed: number;
  readonly rows: readonly RouteBenchRow[];
  /** Index build for the 10,000-node size under 100 ms (null if that size was not run). */
  readonly buildUnder100MsAt10k: boolean | null;
  readonly allTargetsMet: boolean;
}

export const DEFAULT_SIZES: readonly BenchSize[] = [
  { label: "1k", nodes: 1_000, edges: 5_000 },
  { label: "10k", nodes: 10_000, edges: 50_000 },
  { label: "50k", nodes: 50_000, edges: 250_000 },
];

/**
 * Entry positions to master positions, reachable, drawn with the seeded PRNG. The target's column is up to
 * a tenth of the level away, so routes need some lateral moves as well as climbing.
 */
function pickPairs(graph: CareerGraph, index: RouteIndex, count: number, seed: number): [string, string][] {
  const random = seeded(seed ^ 0x5eed);
  const entry = graph.nodes.filter((n) => n.level === "entry" && n.kind === "position");
  const master = graph.nodes.filter((n) => n.level === "master" && n.kind === "position");
  const pairs: [string, string][] = [];
  for (let tries = 0; pairs.length < count && tries < count * 1000; tries++) {
    const column = random();
    const from = entry[Math.floor(column * entry.length)] as CareerNode;
    const toColumn = Math.min(0.999, Math.max(0, column + (random() - 0.5) * 0.2));
    const to = master[Math.floor(toColumn * master.length)] as CareerNode;
    if (findRoutes(index, { from: from.id, to: to.id }).ok) pairs.push([from.id, to.id]);
  }
  return pairs;
}

const ms4 = (ms: number) => ms.toFixed(4);

/** Milliseconds to a tenth of a microsecond. */
const round = (ms: number) => Math.round(ms * 10_000) / 10_000;

function graphologyOf(graph: CareerGraph): Graph {
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const node of graph.nodes) g.addNode(node.id);
  for (const edge of graph.edges) g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target);
  return g;
}

function cytoscapeOf(graph: CareerGraph): cytoscape.Core {
  const elements = [
    ...graph.nodes.map((node) => ({ group: "nodes" as const, data: { id: node.id } })),
    ...graph.edges.map((e) => ({
      group: "edges" as const,
      data: { id: e.id, source: e.source, target: e.target },
    })),
  ];
  return cytoscape({ headless: true, styleEnabled: false, elements });
}

function benchSize(size: BenchSize, options: Required<Omit<RouteBenchOptions, "sizes">>): RouteBenchRow {
  const { seed, log } = options;
  // Round-trip through JSON so ids are plain strings as in a loaded file, not ropes from template literals.
  const graph: CareerGraph = JSON.parse(JSON.stringify(generateLattice(size.nodes, size.edges, seed)));
  buildRouteIndex(graph);
  const builds = Array.from({ length: size.nodes > 20_000 ? 3 : 7 }, () =>
    timeOnce(() => buildRouteIndex(graph)),
  );
  const index = builds[0]?.value ?? buildRouteIndex(graph);
  const buildMs = median(builds.map((b) => b.ms));
  const pairs = pickPairs(graph, index, options.pairs, seed);
  log(`${size.label}: built index in ${buildMs.toFixed(2)} ms; ${pairs.length} pairs`);
  const g = graphologyOf(graph);
  const stepsOf = (from: string, to: string) => {
    const answer = findRoutes(index, { from, to });
    return answer.ok ? (answer.routes[0]?.edges.length ?? -1) : -1;
  };
  const ourSteps = pairs.map(([from, to]) => stepsOf(from, to));
  const lengthsAgree = pairs.every(
    ([from, to], i) => (bidirectional(g, from, to)?.length ?? 0) - 1 === ourSteps[i],
  );
  const [oursK1Ms = 0, graphologyMs = 0] = timeCalls(pairs, options.runs, 10, [
    (from, to) => findRoutes(index, { from, to }),
    (from, to) => bidirectional(g, from, to),
  ]);
  const [oursK5Ms = 0] = timeCalls(pairs, Math.max(1, options.runs >> 1), 1, [
    (from, to) => findRoutes(index, { from, to, k: 5 }),
  ]);
  log(`${size.label}: ours k=1 ${ms4(oursK1Ms)}, graphology ${ms4(graphologyMs)}, k=5 ${ms4(oursK5Ms)} (ms)`);
  let cyAStarMs: number | null = null;
  let cyDijkstraMs: number | null = null;
  let cytoscapeSkipped: string | null = null;
  if (size.nodes > options.cytoscapeMaxNodes) {
    cytoscapeSkipped = `skipped: more than ${options.cytoscapeMaxNodes} nodes (too slow to build and search)`;
  } else {
    const cy = cytoscapeOf(graph);
    const few = pairs.slice(0, 4);
    const runs = options.cytoscapeRuns;
    [cyAStarMs = 0, cyDijkstraMs = 0] = timeCalls(few, runs, 1, [
      (from, to) =>
        cy.elements().aStar({ root: cy.getElementById(from), goal: cy.getElementById(to), directed: true }),
      (from, to) =>
        cy
          .elements()
          .dijkstra({ root: cy.getElementById(from), directed: true })
          .pathTo(cy.getElementById(to)),
    ]);
    log(`${size.label}: cytoscape aStar ${cyAStarMs.toFixed(3)} ms, dijkstra ${cyDijkstraMs.toFixed(3)} ms`);
  }
  const ratio = oursK1Ms / graphologyMs;
  return {
    label: size.label,
    nodes: size.nodes,
    edges: size.edges,
    pairs: pairs.length,
    meanRouteSteps: round(ourSteps.reduce((a, b) => a + b, 0) / Math.max(1, ourSteps.length)),
    buildMs: round(buildMs),
    oursK1Ms: round(oursK1Ms),
    oursK5Ms: round(oursK5Ms),
    graphologyMs: round(graphologyMs),
    ratioK1VsGraphology: Math.round(ratio * 1000) / 1000,
    cyAStarMs: cyAStarMs === null ? null : round(cyAStarMs),
    cyDijkstraMs: cyDijkstraMs === null ? null : round(cyDijkstraMs),
    cytoscapeSkipped,
    lengthsAgree,
    targets: { k1Under5Ms: oursK1Ms < 5, k5Under10Ms: oursK5Ms < 10, k1NotSlower: ratio <= 1 },
  };
}

/** Run the benchmark and return every figure; prints nothing except through `options.log`. */
export function runRouteBench(options: RouteBenchOptions = {}): RouteBenchResult {
  const seed = options.seed ?? 20_240_601;
  const settings = {
    seed,
    pairs: options.pairs ?? 8,
    runs: options.runs ?? 100,
    cytoscapeRuns: options.cytoscapeRuns ?? 3,
    cytoscapeMaxNodes: options.cytoscapeMaxNodes ?? 10_000,
    log: options.log ?? (() => {}),
  };
  const rows = (options.sizes ?? DEFAULT_SIZES).map((size) => benchSize(size, settings));
  const at10k = rows.find((row) => row.nodes === 10_000);
  const buildUnder100MsAt10k = at10k ? at10k.buildMs < 100 : null;
  const rowsMet = rows.every((row) => row.lengthsAgree && Object.values(row.targets).every(Boolean));
  return {
    benchmark: "routes",
    node: process.version,
    seed,
    rows,
    buildUnder100MsAt10k,
    allTargetsMet: rowsMet && buildUnder100MsAt10k !== false,
  };
}

function printTable(result: RouteBenchResult): void {
  const head = [
    "size",
    "nodes/edges",
    "steps",
    "build ms",
    "ours k=1",
    "graphology",
    "ours/graph.",
    "ours k=5",
    "cy aStar",
    "cy dijkstra",
  ];
  const ms = (value: number | null) => (value === null ? "skipped" : value.toFixed(value < 1 ? 4 : 2));
  const lines = result.rows.map((row) => [
    row.label,
    `${row.nodes}/${row.edges}`,
    row.meanRouteSteps.toFixed(1),
    row.buildMs.toFixed(2),
    ms(row.oursK1Ms),
    ms(row.graphologyMs),
    row.ratioK1VsGraphology.toFixed(3),
    ms(row.oursK5Ms),
    ms(row.cyAStarMs),
    ms(row.cyDijkstraMs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
  console.log(format(head));
  for (const line of lines) console.log(format(line));
  console.log("Times are medians of single calls in milliseconds; steps is the mean k=1 route length.");
  for (const row of result.rows) {
    if (row.cytoscapeSkipped) console.log(`${row.label}: Cytoscape ${row.cytoscapeSkipped}.`);
    if (!row.lengthsAgree) console.log(`${row.label}: route lengths DISAGREE with graphology.`);
  }
  console.log(
    `Index build at 10k under 100 ms: ${result.buildUnder100MsAt10k}; all targets met: ${result.allTargetsMet}`,
  );
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const json = process.argv.includes("--json");
  const quick = process.argv.includes("--quick");
  const result = runRouteBench({
    log: (line) => process.stderr.write(`${line}\n`),
    ...(quick ? { sizes: DEFAULT_SIZES.slice(0, 2), runs: 50 } : {}),
  });
  if (json) console.log(JSON.stringify(result));
  else printTable(result);
}
