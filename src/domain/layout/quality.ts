import type { ColumnPlan } from "./bands.ts";
import { countSegmentCrossings } from "./crossings.ts";
import type { Box, Segment } from "./geometry.ts";
import type { LayoutModel } from "./model.ts";
import { sumBoxOverlaps } from "./overlaps.ts";

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

/** Scores a candidate placement: every node at its sub-column's x and the given y. */
export function placementCost(
  model: LayoutModel,
  plan: ColumnPlan,
  columnX: readonly number[],
  y: readonly number[],
): PlacementCost {
  const boxes: Box[] = model.nodes.map((_, i) => ({
    x: columnX[plan.columnOf[i] ?? 0] ?? 0,
    y: y[i] ?? 0,
    width: model.sizes[i]?.width ?? 0,
    height: model.sizes[i]?.height ?? 0,
  }));
  const segments: Segment[] = [];
  const ends: Array<[number, number]> = [];
  for (const { source, target } of model.edges) {
    const a = boxes[source];
    const b = boxes[target];
    if (a === undefined || b === undefined) continue;
    segments.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    ends.push([source, target]);
  }
  const crossings = countSegmentCrossings(segments);
  const overlaps = sumBoxOverlaps(boxes, ends, overlapPenalty);
  return { crossings, overlaps, cost: crossings + overlaps };
}
