/**
 * Every route question on the bundled map: `npx tsx scripts/bench/bundledRoutes.ts [--json] [--k=5]`.
 *
 * For each ordered pair of nodes and each objective, with requirements, `findRoutes` after a warm-up call:
 * how many answers are not proven best (`complete: false`, the search hit its work limit), how many took
 * over 50 ms, and the mean and slowest time. The bundled map is what people ask most, so every answer on
 * it should be exact and quick.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { buildRouteIndex, EMPTY_QUESTION, findRoutes, OBJECTIVES } from "../../src/domain/route/index.ts";

export interface BundledRouteRow {
  readonly objective: string;
  readonly pairs: number;
  readonly notComplete: number;
  readonly over50Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
  readonly slowest: string;
}

export function benchBundledRoutes(k: number): BundledRouteRow[] {
  const graph = JSON.parse(readFileSync(new URL("../../data/career-map.json", import.meta.url), "utf8"));
  const index = buildRouteIndex(graph as CareerGraph);
  const ids = index.ids;
  return OBJECTIVES.map((objective) => {
    let notComplete = 0;
    let over50Ms = 0;
    let total = 0;
    let maxMs = 0;
    let slowest = "";
    let pairs = 0;
    for (const from of ids) {
      for (const to of ids) {
        if (from === to) continue;
        const question = { ...EMPTY_QUESTION, from, to, objective };
        findRoutes(index, question, { k });
        const start = performance.now();
        const answer = findRoutes(index, question, { k });
        const ms = performance.now() - start;
        pairs++;
        total += ms;
        if (ms > 50) over50Ms++;
        if (ms > maxMs) [maxMs, slowest] = [ms, `${from} → ${to}`];
        if (answer.ok ? !answer.complete : answer.incomplete === true) notComplete++;
      }
    }
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      objective,
      pairs,
      notComplete,
      over50Ms,
      meanMs: round(total / pairs),
      maxMs: round(maxMs),
      slowest,
    };
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const k = Number(process.argv.find((a) => a.startsWith("--k="))?.slice(4) ?? 5);
  const rows = benchBundledRoutes(k);
  if (process.argv.includes("--json")) console.log(JSON.stringify({ benchmark: "bundled-routes", k, rows }));
  else {
    console.log(`Bundled map, every ordered pair, with requirements, k = ${k}`);
    console.log("objective  pairs  not complete  > 50 ms  mean ms  max ms  slowest");
    for (const r of rows) {
      console.log(
        `${r.objective.padEnd(9)} ${String(r.pairs).padStart(6)} ${String(r.notComplete).padStart(13)} ${String(r.over50Ms).padStart(8)} ${String(r.meanMs).padStart(8)} ${String(r.maxMs).padStart(7)}  ${r.slowest}`,
      );
    }
  }
}
