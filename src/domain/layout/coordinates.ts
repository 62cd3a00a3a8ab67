import type { CareerGraph } from "../careerGraph.ts";
import type { ColumnPlan } from "./bands.ts";
import type { LayoutModel } from "./model.ts";
import type { LayoutBand, LayoutSpacing } from "./types.ts";

export interface ColumnGeometry {
  /** Centre x of each sub-column. */
  readonly columnX: readonly number[];
  readonly bands: readonly LayoutBand[];
  readonly width: number;
}

/** Sub-columns side by side, each as wide as its widest box, centred in bands at least `minWidths` wide. */
export function placeColumns(
  graph: CareerGraph,
  model: LayoutModel,
  plan: ColumnPlan,
  minWidths: readonly number[],
  spacing: LayoutSpacing,
): ColumnGeometry {
  const columnWidth = plan.members.map((nodes) =>
    nodes.reduce((widest, node) => Math.max(widest, model.sizes[node]?.width ?? 0), 0),
  );
  const columnX = columnWidth.map(() => 0);
  const bands: LayoutBand[] = [];
  let x = 0;
  for (let band = 0; band < model.bandCount; band++) {
    const inBand = plan.columnBand.flatMap((b, column) => (b === band ? [column] : []));
    const inner =
      inBand.reduce((sum, c) => sum + (columnWidth[c] ?? 0), 0) +
      Math.max(0, inBand.length - 1) * spacing.columnGap;
    const width = Math.max(minWidths[band] ?? 0, inner + 2 * spacing.bandPadding);
    let left = x + (width - inner) / 2;
    for (const column of inBand) {
      const w = columnWidth[column] ?? 0;
      columnX[column] = left + w / 2;
      left += w + spacing.columnGap;
    }
    const level = graph.levels[band];
    bands.push({ levelId: level?.id ?? "", label: level?.label ?? "", x, width });
    x += width + (band < model.bandCount - 1 ? spacing.bandGap : 0);
  }
  return { columnX, bands, width: x };
}

/** Height of a sub-column stacked tight with `gap` between boxes. */
export function stackHeight(nodes: readonly number[], model: LayoutModel, gap: number): number {
  let sum = Math.max(0, nodes.length - 1) * gap;
  for (const node of nodes) sum += model.sizes[node]?.height ?? 0;
  return sum;
}

/** Stacks one sub-column tight, centred on `centre`, writing each node's y. */
export function stackColumn(
  order: readonly number[],
  model: LayoutModel,
  gap: number,
  centre: number,
  y: number[],
) {
  let top = centre - stackHeight(order, model, gap) / 2;
  for (const node of order) {
    const height = model.sizes[node]?.height ?? 0;
    y[node] = top + height / 2;
    top += height + gap;
  }
}

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
 * Pulls each node toward the weighted mean height of its neighbours in other sub-columns (nearer columns
 * weigh more), sweeping left and right in turn, without changing any sub-column's order.
 */
export function alignColumns(
  orders: readonly (readonly number[])[],
  plan: ColumnPlan,
  model: LayoutModel,
  y: number[],
  area: { top: number; bottom: number; gap: number },
  passes: number,
): void {
  const longest = orders.reduce((most, order) => Math.max(most, order.length), 0);
  const desired = new Float64Array(longest);
  const heights = new Float64Array(longest);
  const placed = new Float64Array(longest);
  const scratch = placementScratch(longest);
  const bounds = { lo: area.top, hi: area.bottom };
  for (let pass = 0; pass < passes; pass++) {
    const forward = pass % 2 === 0;
    for (let k = 0; k < orders.length; k++) {
      const column = forward ? k : orders.length - 1 - k;
      const order = orders[column] ?? [];
      for (let i = 0; i < order.length; i++) {
        const node = order[i] ?? 0;
        const around = model.neighbours[node] ?? [];
        let sum = 0;
        let weight = 0;
        for (let j = 0; j < around.length; j++) {
          const u = around[j] ?? 0;
          const distance = Math.abs((plan.columnOf[u] ?? column) - column);
          if (distance === 0) continue;
          sum += (y[u] ?? 0) / distance;
          weight += 1 / distance;
        }
        desired[i] = weight > 0 ? sum / weight : (y[node] ?? 0);
        heights[i] = model.sizes[node]?.height ?? 0;
      }
      placeInto(desired, heights, order.length, area.gap, bounds, placed, scratch);
      for (let i = 0; i < order.length; i++) y[order[i] ?? 0] = placed[i] ?? 0;
    }
  }
}
