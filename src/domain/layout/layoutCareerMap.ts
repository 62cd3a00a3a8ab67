import type { CareerGraph } from "../careerGraph.ts";
import { arrangementOf, planOfArrangement } from "./arrangement.ts";
import { bandMinWidths, type ColumnPlan, planColumns } from "./bands.ts";
import { placeColumns, stackHeight } from "./coordinates.ts";
import { effortFor } from "./effort.ts";
import { buildModel, type LayoutModel } from "./model.ts";
import { orderColumns, placeInOrder } from "./ordering.ts";
import { refineHeights } from "./refine.ts";
import {
  type CareerLayout,
  DEFAULT_SPACING,
  DEFAULT_VIEWPORT,
  type LayoutOptions,
  type LayoutSpacing,
  type Point,
  type Size,
} from "./types.ts";

/** How far below the spread-out gap alignment may close a gap: room to let edges past boxes. */
const SLACK = 0.6;
const REFINE_ROUNDS = 3;

/** The smallest x in [1, max] with f(x) >= goal for an increasing f, or max when none is. */
function solveIncreasing(f: (x: number) => number, goal: number, max: number): number {
  if (f(1) >= goal) return 1;
  if (f(max) <= goal) return max;
  let lo = 1;
  let hi = max;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < goal) lo = mid;
    else hi = mid;
  }
  return hi;
}

function contentHeight(plan: ColumnPlan, model: LayoutModel, gap: number): number {
  return plan.members.reduce((tallest, nodes) => Math.max(tallest, stackHeight(nodes, model, gap)), 0);
}

/**
 * Spreads a map that is wider or taller than the viewport in the other direction, up to `maxStretch`
 * times the spacing. The fit zoom is set by the long side, so the room this uses is free: rows or
 * columns stand further apart and edges are easier to follow, with labels no smaller.
 */
function stretch(
  graph: CareerGraph,
  model: LayoutModel,
  plan: ColumnPlan,
  base: LayoutSpacing,
  view: Size,
  maxStretch: number,
): LayoutSpacing {
  const minWidths = bandMinWidths(graph, model.bandCount, base);
  const aspect = view.width / view.height;
  const heightAt = (gap: number) => base.titleHeight + contentHeight(plan, model, gap) + base.bottomPadding;
  const width = placeColumns(graph, model, plan, minWidths, base).width;
  if (width / heightAt(base.rowGap) > aspect) {
    const factor = solveIncreasing((f) => heightAt(base.rowGap * f), width / aspect, maxStretch);
    return { ...base, rowGap: base.rowGap * factor };
  }
  const widen = (f: number): LayoutSpacing => ({
    ...base,
    columnGap: base.columnGap * f,
    bandPadding: base.bandPadding * f,
    bandGap: base.bandGap * f,
  });
  const factor = solveIncreasing(
    (f) => placeColumns(graph, model, plan, bandMinWidths(graph, model.bandCount, widen(f)), widen(f)).width,
    heightAt(base.rowGap) * aspect,
    maxStretch,
  );
  return widen(factor);
}

/**
 * Lays a career map out as a ladder: one band per level, left to right in the map's level order, each band
 * split into sub-columns (credentials, then positions), nodes ordered in each sub-column to reduce edge
 * crossings and then drawn toward their neighbours. Nothing overlaps, and the result depends only on the
 * map's content, not on the order of its nodes and edges in the file.
 */
export function layoutCareerMap(graph: CareerGraph, options: LayoutOptions = {}): CareerLayout {
  const base: LayoutSpacing = { ...DEFAULT_SPACING, ...options.spacing };
  const view = options.viewport ?? DEFAULT_VIEWPORT;
  const model = buildModel(graph, options.nodeSize);
  // An arrangement decided elsewhere (the build's, for the bundled map) replaces the search for one.
  const given = options.arrangement && planOfArrangement(model, options.arrangement);
  const plan =
    given?.plan ??
    planColumns(model, bandMinWidths(graph, model.bandCount, base), base, view, options.maxSubColumns ?? 8);
  const spacing = stretch(graph, model, plan, base, view, Math.max(1, options.maxStretch ?? 2.5));
  const geometry = placeColumns(graph, model, plan, bandMinWidths(graph, model.bandCount, spacing), spacing);
  const content = contentHeight(plan, model, spacing.rowGap);
  const top = spacing.titleHeight;
  // Stacking starts evenly spread; alignment and refinement may close gaps down to a fraction of that.
  const minGap = Math.max(base.rowGap, spacing.rowGap * SLACK);
  const area = { top, bottom: top + content, gap: spacing.rowGap, minGap };
  const passes = { ordering: options.orderingPasses ?? 12, alignment: options.alignmentPasses ?? 8 };
  const effort = effortFor(model.nodes.length, model.edges.length, passes.ordering, passes.alignment);
  const { orders, y } = given
    ? { orders: given.orders, y: placeInOrder(model, plan, given.orders, area, passes.alignment) }
    : orderColumns(model, plan, geometry.columnX, area, passes, effort);
  const refineArea = { top, bottom: top + content, gap: minGap };
  if (effort.refine) {
    refineHeights(model, plan, geometry.columnX, orders, y, refineArea, REFINE_ROUNDS);
  }
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();
  model.nodes.forEach((node, i) => {
    positions.set(node.id, { x: geometry.columnX[plan.columnOf[i] ?? 0] ?? 0, y: y[i] ?? 0 });
    sizes.set(node.id, model.sizes[i] ?? { width: 0, height: 0 });
  });
  return {
    positions,
    sizes,
    bands: geometry.bands,
    width: geometry.width,
    height: top + content + spacing.bottomPadding,
    titleHeight: spacing.titleHeight,
    arrangement: arrangementOf(model, orders),
  };
}
