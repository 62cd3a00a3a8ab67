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

/**
 * The y values nearest (least squares) to `desired` that keep the order, keep `gap` between boxes and stay
 * within [lo, hi]. Subtracting each box's minimum offset from the first turns this into isotonic regression,
 * which pool-adjacent-violators solves exactly in linear time; clamping that solution is then optimal.
 */
export function placeInOrder(
  desired: number[],
  heights: number[],
  gap: number,
  lo: number,
  hi: number,
): number[] {
  const offset: number[] = [];
  let at = 0;
  heights.forEach((h, i) => {
    if (i > 0) at += (heights[i - 1] ?? 0) / 2 + gap + h / 2;
    offset.push(at);
  });
  const blocks: Array<{ sum: number; count: number }> = [];
  desired.forEach((d, i) => {
    let block = { sum: d - (offset[i] ?? 0), count: 1 };
    for (
      let last = blocks.at(-1);
      last && last.sum / last.count >= block.sum / block.count;
      last = blocks.at(-1)
    ) {
      block = { sum: last.sum + block.sum, count: last.count + block.count };
      blocks.pop();
    }
    blocks.push(block);
  });
  const low = lo + (heights[0] ?? 0) / 2;
  const high = Math.max(low, hi - (heights.at(-1) ?? 0) / 2 - (offset.at(-1) ?? 0));
  const out: number[] = [];
  for (const block of blocks) {
    const z = Math.min(high, Math.max(low, block.sum / block.count));
    for (let k = 0; k < block.count; k++) out.push(z + (offset[out.length] ?? 0));
  }
  return out;
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
  for (let pass = 0; pass < passes; pass++) {
    const forward = pass % 2 === 0;
    for (let k = 0; k < orders.length; k++) {
      const column = forward ? k : orders.length - 1 - k;
      const order = orders[column] ?? [];
      const desired = order.map((node) => {
        let sum = 0;
        let weight = 0;
        for (const u of model.neighbours[node] ?? []) {
          const distance = Math.abs((plan.columnOf[u] ?? column) - column);
          if (distance === 0) continue;
          sum += (y[u] ?? 0) / distance;
          weight += 1 / distance;
        }
        return weight > 0 ? sum / weight : (y[node] ?? 0);
      });
      const heights = order.map((node) => model.sizes[node]?.height ?? 0);
      const placed = placeInOrder(desired, heights, area.gap, area.top, area.bottom);
      order.forEach((node, i) => {
        y[node] = placed[i] ?? 0;
      });
    }
  }
}
