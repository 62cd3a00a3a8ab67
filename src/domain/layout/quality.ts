import type { ColumnPlan } from "./bands.ts";
import { crossingCounter } from "./crossings.ts";
import type { LayoutModel } from "./model.ts";
import { boxOverlapScorer } from "./overlaps.ts";

/**
 * A line behind a box misleads (it seems to connect to the box) where a crossing only costs a second
 * look, so a full overlap costs several crossings; clipping a corner costs in proportion to its length.
 */
export const OVERLAP_WEIGHT = 4;
const FULL_OVERLAP = 30;

/** The cost of a line running `length` pixels through a box. */
export const overlapPenalty = (length: number): number => OVERLAP_WEIGHT * Math.min(1, length / FULL_OVERLAP);

export interface PlacementCost {
  readonly crossings: number;
  /** Edge-through-box overlaps, each weighed by `overlapPenalty`. */
  readonly overlaps: number;
  /** What the ordering minimises: crossings plus overlaps. */
  readonly cost: number;
}

/**
 * A scorer for candidate placements of one plan: every node at its sub-column's x and the y it is given.
 * The ordering scores hundreds of placements that differ only in y, so what depends on x alone (the
 * slabs crossings are counted in, the columns boxes are grouped by) is worked out once here.
 */
export function placementScorer(
  model: LayoutModel,
  plan: ColumnPlan,
  columnX: readonly number[],
): (y: readonly number[]) => PlacementCost {
  const x = Float64Array.from(model.nodes, (_, i) => columnX[plan.columnOf[i] ?? 0] ?? 0);
  const source = Int32Array.from(model.edges, (edge) => edge.source);
  const target = Int32Array.from(model.edges, (edge) => edge.target);
  const countCrossings = crossingCounter(
    Float64Array.from(source, (s) => x[s] ?? 0),
    Float64Array.from(target, (t) => x[t] ?? 0),
  );
  const sumOverlaps = boxOverlapScorer(
    x,
    Float64Array.from(model.sizes, (size) => size.width),
    Float64Array.from(model.sizes, (size) => size.height),
    source,
    target,
    overlapPenalty,
  );
  const at = new Float64Array(model.nodes.length);
  const sourceY = new Float64Array(source.length);
  const targetY = new Float64Array(target.length);
  return (y) => {
    for (let i = 0; i < at.length; i++) at[i] = y[i] ?? 0;
    for (let e = 0; e < source.length; e++) {
      sourceY[e] = at[source[e] ?? 0] ?? 0;
      targetY[e] = at[target[e] ?? 0] ?? 0;
    }
    const crossings = countCrossings(sourceY, targetY);
    const overlaps = sumOverlaps(at);
    return { crossings, overlaps, cost: crossings + overlaps };
  };
}
