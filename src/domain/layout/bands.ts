import type { CareerGraph } from "../careerGraph.ts";
import type { LayoutModel } from "./model.ts";
import { splitIntoSubColumns } from "./subColumns.ts";
import type { LayoutSpacing, Size } from "./types.ts";

/** Which sub-column each node is in, numbered left to right across the whole map. */
export interface ColumnPlan {
  readonly columnOf: readonly number[];
  readonly columnBand: readonly number[];
  /** Nodes of each column in index (id) order. */
  readonly members: readonly (readonly number[])[];
}

/** One band's nodes of one kind, and how many sub-columns they take. */
interface Group {
  readonly band: number;
  readonly members: readonly number[];
  readonly width: number;
  readonly rowHeight: number;
  columns: number;
}

/** Band titles are drawn larger than node labels: about this many pixels a character. */
const TITLE_CHAR_WIDTH = 11;
const EMPTY_BAND_WIDTH = 120;

/** The narrowest a band may be: wide enough for its title even when it holds few or no nodes. */
export function bandMinWidths(graph: CareerGraph, bandCount: number, spacing: LayoutSpacing): number[] {
  return Array.from({ length: bandCount }, (_, b) => {
    const label = graph.levels[b]?.label ?? "";
    return Math.max(EMPTY_BAND_WIDTH, label.length * TITLE_CHAR_WIDTH + 2 * spacing.bandPadding);
  });
}

function groupHeight(group: Group, spacing: LayoutSpacing): number {
  return Math.ceil(group.members.length / group.columns) * group.rowHeight - spacing.rowGap;
}

/** The zoom at which the whole map, as estimated from the groups' sub-column counts, fits the viewport. */
function fitScale(
  groups: readonly Group[],
  minWidths: readonly number[],
  spacing: LayoutSpacing,
  view: Size,
) {
  const inner = minWidths.map(() => ({ width: 0, columns: 0 }));
  let tallest = 0;
  for (const group of groups) {
    const band = inner[group.band];
    if (band === undefined) continue;
    band.width += group.columns * group.width;
    band.columns += group.columns;
    tallest = Math.max(tallest, groupHeight(group, spacing));
  }
  let width = (minWidths.length - 1) * spacing.bandGap;
  inner.forEach((band, b) => {
    const used = band.width + Math.max(0, band.columns - 1) * spacing.columnGap + 2 * spacing.bandPadding;
    width += Math.max(minWidths[b] ?? 0, used);
  });
  const height = spacing.titleHeight + tallest + spacing.bottomPadding;
  return Math.min(view.width / width, view.height / height);
}

/**
 * Gives each kind in each band as many sub-columns as make the map fit the viewport at the largest zoom:
 * starting from one each, the tallest groups are split while that raises the zoom. Splitting only ever
 * helps a map taller than the screen, so a wide map keeps one sub-column per kind.
 */
function chooseColumnCounts(
  groups: Group[],
  minWidths: number[],
  spacing: LayoutSpacing,
  view: Size,
  max: number,
) {
  let scale = fitScale(groups, minWidths, spacing, view);
  for (;;) {
    const heights = groups.map((group) => groupHeight(group, spacing));
    const tallest = Math.max(0, ...heights);
    const split = groups.filter((_, i) => (heights[i] ?? 0) >= tallest - 1e-9);
    if (split.some((group) => group.columns >= Math.min(max, group.members.length))) return;
    for (const group of split) group.columns++;
    const next = fitScale(groups, minWidths, spacing, view);
    if (next <= scale + 1e-12) {
      for (const group of split) group.columns--;
      return;
    }
    scale = next;
  }
}

/**
 * Lays the bands out as sub-columns: in each band, credentials to the left of positions. A credential is
 * reached from the band before (prepared for by lower positions) and leads to positions of its own band
 * or the next, so both its usual edges point right. The exception, by this rule, is a position preparing
 * for a credential of its own level: that edge runs right to left inside the band.
 */
export function planColumns(
  model: LayoutModel,
  minWidths: number[],
  spacing: LayoutSpacing,
  view: Size,
  maxSubColumns: number,
): ColumnPlan {
  const groups: Group[] = [];
  for (let band = 0; band < model.bandCount; band++) {
    for (const kind of ["credential", "position"] as const) {
      const members = model.nodes.flatMap((node, i) =>
        model.band[i] === band && node.kind === kind ? [i] : [],
      );
      if (members.length === 0) continue;
      const sizes = members.map((i) => model.sizes[i] ?? { width: 0, height: 0 });
      const width = sizes.reduce((widest, size) => Math.max(widest, size.width), 0);
      const meanHeight = sizes.reduce((sum, size) => sum + size.height, 0) / sizes.length;
      groups.push({ band, members, width, rowHeight: meanHeight + spacing.rowGap, columns: 1 });
    }
  }
  chooseColumnCounts(groups, minWidths, spacing, view, Math.max(1, maxSubColumns));
  const slot = (node: number) =>
    2 * (model.band[node] ?? 0) + (model.nodes[node]?.kind === "credential" ? 0 : 1);
  const columnOf = model.nodes.map(() => 0);
  const columnBand: number[] = [];
  const members: number[][] = [];
  for (const group of groups) {
    for (const column of splitIntoSubColumns(group.members, group.columns, model, slot)) {
      for (const node of column) columnOf[node] = members.length;
      columnBand.push(group.band);
      members.push(column);
    }
  }
  return { columnOf, columnBand, members };
}
