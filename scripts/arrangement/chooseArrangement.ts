import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { type Arrangement, countCrossings, countEdgeNodeOverlaps } from "../../src/domain/layout/index.ts";
import { OVERLAP_WEIGHT } from "../../src/domain/layout/quality.ts";
import { layoutWithLabels } from "../../src/graph-view/placeCareerMap.ts";
import { referenceMeasure } from "./referenceFont.ts";

/**
 * Label widths relative to Arial Bold that the arrangement must suit. The fonts people see differ: on
 * Debian, `system-ui` is DejaVu Sans, whose bold labels measured 1.175 times Arial's here. Other systems'
 * interface fonts are assumed to fall in this range too (an assumption: they were not measured here).
 */
export const WIDTH_FACTORS = [0.9, 1, 1.1, 1.2, 1.3] as const;

/** What the layout's search weighs, counted on the finished picture: crossings, and edges behind boxes. */
function costOf(graph: CareerGraph, factor: number, arrangement: Arrangement): number {
  const layout = layoutWithLabels(graph, referenceMeasure(factor), arrangement);
  return countCrossings(layout, graph) + OVERLAP_WEIGHT * countEdgeNodeOverlaps(layout, graph);
}

/**
 * The arrangement the bundled map is drawn in everywhere (docs/decisions/0029-bundled-map-arrangement.md).
 * The layout's search runs once for each width in WIDTH_FACTORS, and of the arrangements found, the one
 * with the lowest cost summed over all the widths is kept; the first found wins a tie.
 */
export function chooseArrangement(graph: CareerGraph): { arrangement: Arrangement; cost: number } {
  const found = WIDTH_FACTORS.map((factor) => layoutWithLabels(graph, referenceMeasure(factor)).arrangement);
  let best = { arrangement: found[0] ?? [], cost: Number.POSITIVE_INFINITY };
  for (const arrangement of found) {
    const cost = WIDTH_FACTORS.reduce((sum, factor) => sum + costOf(graph, factor, arrangement), 0);
    if (cost < best.cost) best = { arrangement, cost };
  }
  return best;
}
