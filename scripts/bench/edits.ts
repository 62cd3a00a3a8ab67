/**
 * Edit benchmark: `npx tsx scripts/bench/edits.ts`.
 *
 * What one edit in the app costs before the map redraws: the edit itself with its full check against the
 * file rules (addNode, addPath, deleteNode), then a fresh layout of the edited map with the effort the app
 * uses (src/graph-view/placeCareerMap.ts). Medians of single calls after a warm-up, on the bundled map and
 * on copies of it side by side (a bigger map that still passes the file rules).
 */
import { readFileSync } from "node:fs";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import type { EditResult } from "../../src/domain/edit/editResult.ts";
import { addNode, deleteNode } from "../../src/domain/edit/nodeEdits.ts";
import { addPath } from "../../src/domain/edit/pathEdits.ts";
import { validateCareerGraph } from "../../src/domain/format/validateCareerGraph.ts";
import { layoutCareerMap } from "../../src/domain/layout/index.ts";
import { median } from "./timing.ts";

const APP_EFFORT = { viewport: { width: 900, height: 720 }, orderingPasses: 4, alignmentPasses: 4 } as const;

function timeMs(run: () => unknown, runs: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function accepted(result: EditResult): CareerGraph {
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.value;
}

function benchMap(label: string, graph: CareerGraph, runs: number): void {
  const first = graph.nodes[0];
  const last = graph.nodes.find((node) => node.kind === first?.kind && node.id !== first?.id);
  if (!first || !last) throw new Error(`${label}: too few nodes`);
  const newNode = {
    id: "bench-new",
    kind: "position",
    label: "New role",
    level: graph.levels[0]?.id ?? "",
    summary: "Added by the benchmark.",
    source: "https://example.org/bench",
  } as const;
  const edited = accepted(addNode(graph, newNode));
  const rows = [
    ["addNode + check", timeMs(() => accepted(addNode(graph, newNode)), runs)],
    [
      "addPath + check",
      timeMs(
        () =>
          addPath(graph, {
            source: first.id,
            target: last.id,
            kind: first.kind === "position" ? "lateral" : "qualifies-for",
            basis: { kind: "inferred", note: "bench" },
          }),
        runs,
      ),
    ],
    ["deleteNode + check", timeMs(() => accepted(deleteNode(graph, first.id)), runs)],
    ["layout of the edited map", timeMs(() => layoutCareerMap(edited, APP_EFFORT), runs)],
  ] as const;
  console.log(`${label} (${graph.nodes.length} nodes, ${graph.edges.length} edges, ${runs} runs):`);
  for (const [what, ms] of rows) console.log(`  ${what.padEnd(26)} ${ms.toFixed(2)} ms median`);
}

/** The map repeated `copies` times with suffixed ids: as valid as the original, `copies` times the size. */
function repeated(graph: CareerGraph, copies: number): CareerGraph {
  const nodes = [];
  const edges = [];
  for (let c = 0; c < copies; c++) {
    const id = (value: string) => `${value}~${c}`;
    for (const { requirements: _dropped, ...node } of graph.nodes) nodes.push({ ...node, id: id(node.id) });
    for (const edge of graph.edges)
      edges.push({ ...edge, id: id(edge.id), source: id(edge.source), target: id(edge.target) });
  }
  return { ...graph, nodes, edges };
}

const bundled = validateCareerGraph(JSON.parse(readFileSync("data/career-map.json", "utf8")));
if (!bundled.ok) throw new Error("the bundled map does not validate");
benchMap("Bundled map", bundled.value, 21);
benchMap("Bundled map ×5", repeated(bundled.value, 5), 11);
benchMap("Bundled map ×20", repeated(bundled.value, 20), 5);
