import type { ColumnPlan } from "./bands.ts";
import type { LayoutModel } from "./model.ts";
import { type PackedLists, packLists } from "./packedLists.ts";

/** Room for `placeInto` on columns of up to `length` nodes, reused across columns and passes. */
export interface PlacementScratch {
  readonly offset: Float64Array;
  readonly sum: Float64Array;
  readonly count: Float64Array;
}

export const placementScratch = (length: number): PlacementScratch => ({
  offset: new Float64Array(length),
  sum: new Float64Array(length),
  count: new Float64Array(length),
});

/**
 * The y values nearest (least squares) to `desired` that keep the order, keep `gap` between boxes and stay
 * within [lo, hi], for the first `length` boxes, written to `out`. Subtracting each box's minimum offset
 * from the first turns this into isotonic regression, which pool-adjacent-violators solves exactly in
 * linear time; clamping that solution is then optimal. Typed arrays and a stack of pooled blocks, not an
 * object per block, since the ordering scores every try aligned and the first layout runs cold.
 */
export function placeInto(
  desired: ArrayLike<number>,
  heights: ArrayLike<number>,
  length: number,
  gap: number,
  bounds: { lo: number; hi: number },
  out: Float64Array,
  { offset, sum, count }: PlacementScratch,
): void {
  let at = 0;
  for (let i = 0; i < length; i++) {
    if (i > 0) at += (heights[i - 1] ?? 0) / 2 + gap + (heights[i] ?? 0) / 2;
    offset[i] = at;
  }
  // Pooled blocks as a stack: sum[b] / count[b] is block b's mean.
  let blocks = 0;
  for (let i = 0; i < length; i++) {
    let blockSum = (desired[i] ?? 0) - (offset[i] ?? 0);
    let blockCount = 1;
    while (blocks > 0 && (sum[blocks - 1] ?? 0) / (count[blocks - 1] ?? 1) >= blockSum / blockCount) {
      blocks--;
      blockSum = (sum[blocks] ?? 0) + blockSum;
      blockCount = (count[blocks] ?? 0) + blockCount;
    }
    sum[blocks] = blockSum;
    count[blocks++] = blockCount;
  }
  const low = bounds.lo + (heights[0] ?? 0) / 2;
  const high = Math.max(low, bounds.hi - (heights[length - 1] ?? 0) / 2 - (offset[length - 1] ?? 0));
  let i = 0;
  for (let b = 0; b < blocks; b++) {
    const z = Math.min(high, Math.max(low, (sum[b] ?? 0) / (count[b] ?? 1)));
    for (let k = 0; k < (count[b] ?? 0); k++, i++) out[i] = z + (offset[i] ?? 0);
  }
}

/** `placeInto` for one column given as arrays. */
export function placeInOrder(
  desired: readonly number[],
  heights: readonly number[],
  gap: number,
  lo: number,
  hi: number,
): number[] {
  const out = new Float64Array(desired.length);
  placeInto(desired, heights, desired.length, gap, { lo, hi }, out, placementScratch(desired.length));
  return [...out];
}

/**
 * What alignment needs that stays fixed while the ordering tries orders: each node's neighbours in other
 * sub-columns with their distance in sub-columns, and the sum of their weights (nearer columns weigh more).
 * The ordering aligns every try it scores, hundreds per layout, so this is worked out once.
 */
export interface Alignment {
  readonly neighbours: PackedLists;
  readonly distance: Float64Array;
  readonly weight: Float64Array;
  readonly heights: Float64Array;
  /** Room for one column, reused: typed arrays are costly to allocate, and this runs for every try. */
  readonly desired: Float64Array;
  readonly columnHeights: Float64Array;
  readonly placed: Float64Array;
  readonly scratch: PlacementScratch;
}

export function prepareAlignment(model: LayoutModel, plan: ColumnPlan): Alignment {
  const distances: number[] = [];
  const lists = model.nodes.map((_, node) => {
    const column = plan.columnOf[node] ?? 0;
    const far: number[] = [];
    for (const u of model.neighbours[node] ?? []) {
      const distance = Math.abs((plan.columnOf[u] ?? column) - column);
      if (distance === 0) continue;
      far.push(u);
      distances.push(distance);
    }
    return far;
  });
  const distance = Float64Array.from(distances);
  const neighbours = packLists(lists);
  const weight = Float64Array.from(lists, (_, node) => {
    let sum = 0;
    for (let j = neighbours.start[node] ?? 0; j < (neighbours.start[node + 1] ?? 0); j++)
      sum += 1 / (distance[j] ?? 1);
    return sum;
  });
  const longest = plan.members.reduce((most, members) => Math.max(most, members.length), 0);
  return {
    neighbours,
    distance,
    weight,
    heights: Float64Array.from(model.sizes, (size) => size.height),
    desired: new Float64Array(longest),
    columnHeights: new Float64Array(longest),
    placed: new Float64Array(longest),
    scratch: placementScratch(longest),
  };
}

/**
 * Pulls each node toward the weighted mean height of its neighbours in other sub-columns (nearer columns
 * weigh more), sweeping left and right in turn, without changing any sub-column's order. `orders` are the
 * sub-columns `alignment` was prepared for, in some order each.
 */
export function alignColumns(
  orders: readonly (readonly number[])[],
  { neighbours, distance, weight, heights, desired, columnHeights, placed, scratch }: Alignment,
  y: number[],
  area: { top: number; bottom: number; gap: number },
  passes: number,
): void {
  const bounds = { lo: area.top, hi: area.bottom };
  for (let pass = 0; pass < passes; pass++) {
    const forward = pass % 2 === 0;
    for (let k = 0; k < orders.length; k++) {
      const order = orders[forward ? k : orders.length - 1 - k] ?? [];
      for (let i = 0; i < order.length; i++) {
        const node = order[i] ?? 0;
        let sum = 0;
        for (let j = neighbours.start[node] ?? 0, end = neighbours.start[node + 1] ?? 0; j < end; j++) {
          sum += (y[neighbours.items[j] ?? 0] ?? 0) / (distance[j] ?? 1);
        }
        const total = weight[node] ?? 0;
        desired[i] = total > 0 ? sum / total : (y[node] ?? 0);
        columnHeights[i] = heights[node] ?? 0;
      }
      placeInto(desired, columnHeights, order.length, area.gap, bounds, placed, scratch);
      for (let i = 0; i < order.length; i++) y[order[i] ?? 0] = placed[i] ?? 0;
    }
  }
}
