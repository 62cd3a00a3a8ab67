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
  // Indexed loops here and below: the ordering restacks a column for every try, and on the cold first
  // layout a for-of builds an iterator result per node.
  for (let i = 0; i < nodes.length; i++) sum += model.sizes[nodes[i] ?? 0]?.height ?? 0;
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
  for (let i = 0; i < order.length; i++) {
    const node = order[i] ?? 0;
    const height = model.sizes[node]?.height ?? 0;
    y[node] = top + height / 2;
    top += height + gap;
  }
}
