import type { CareerGraph } from "../careerGraph.ts";
import { type Box, clipLength } from "./geometry.ts";
import type { Point, Size } from "./types.ts";

/** Boxes sharing a centre x, sorted by y, with how far the widest and tallest reach from the centre. */
interface Column {
  readonly x: number;
  readonly reachX: number;
  readonly reachY: number;
  readonly ids: readonly number[];
  readonly ys: Float64Array;
}

function columnsOf(boxes: readonly Box[]): Column[] {
  const byX = new Map<number, number[]>();
  boxes.forEach((box, i) => {
    const ids = byX.get(box.x);
    if (ids) ids.push(i);
    else byX.set(box.x, [i]);
  });
  return [...byX]
    .sort((a, b) => a[0] - b[0])
    .map(([x, ids]) => {
      ids.sort((a, b) => (boxes[a]?.y ?? 0) - (boxes[b]?.y ?? 0));
      const sizes = ids.map((i) => boxes[i] ?? { width: 0, height: 0 });
      return {
        x,
        reachX: Math.max(...sizes.map((box) => box.width / 2)),
        reachY: Math.max(...sizes.map((box) => box.height / 2)),
        ids,
        ys: Float64Array.from(ids, (i) => boxes[i]?.y ?? 0),
      };
    });
}

/** Index of the first value >= limit in ascending `values`. */
function firstAtLeast(values: ArrayLike<number>, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sums `weigh(length)` over the (edge, node) pairs where the edge's straight line runs through the node's
 * box, the edge's own ends aside: a line behind a box reads as if it connected to it. Boxes are grouped by
 * centre x, so an edge is only tested against the columns it spans and, there, the boxes at the heights it
 * passes.
 */
export function sumBoxOverlaps(
  boxes: readonly Box[],
  edges: readonly (readonly [number, number])[],
  weigh: (length: number) => number,
): number {
  const columns = columnsOf(boxes);
  const xs = Float64Array.from(columns, (column) => column.x);
  const reach = columns.reduce((widest, column) => Math.max(widest, column.reachX), 0);
  let total = 0;
  for (const [s, t] of edges) {
    const a = boxes[s];
    const b = boxes[t];
    if (a === undefined || b === undefined || s === t) continue;
    const minX = Math.min(a.x, b.x);
    const maxX = Math.max(a.x, b.x);
    const slope = a.x === b.x ? 0 : (b.y - a.y) / (b.x - a.x);
    for (let c = firstAtLeast(xs, minX - reach); c < columns.length && (xs[c] ?? 0) < maxX + reach; c++) {
      const column = columns[c] as Column;
      const from = Math.max(minX, column.x - column.reachX);
      const to = Math.min(maxX, column.x + column.reachX);
      if (from > to) continue;
      // The heights the line takes across this column, widened by its tallest box.
      const y1 = a.x === b.x ? Math.min(a.y, b.y) : a.y + (from - a.x) * slope;
      const y2 = a.x === b.x ? Math.max(a.y, b.y) : a.y + (to - a.x) * slope;
      const bottom = Math.max(y1, y2) + column.reachY;
      for (let k = firstAtLeast(column.ys, Math.min(y1, y2) - column.reachY); k < column.ids.length; k++) {
        if ((column.ys[k] ?? 0) > bottom) break;
        const i = column.ids[k] ?? 0;
        const box = boxes[i];
        const length = box === undefined || i === s || i === t ? 0 : clipLength(a.x, a.y, b.x, b.y, box);
        if (length > 0) total += weigh(length);
      }
    }
  }
  return total;
}

/** How many times an edge's straight line runs through a box other than its own two ends. */
export function countEdgeNodeOverlaps(
  layout: { readonly positions: ReadonlyMap<string, Point>; readonly sizes: ReadonlyMap<string, Size> },
  graph: Pick<CareerGraph, "edges">,
): number {
  const boxes: Box[] = [];
  const index = new Map<string, number>();
  for (const [id, point] of layout.positions) {
    const size = layout.sizes.get(id) ?? { width: 0, height: 0 };
    index.set(id, boxes.length);
    boxes.push({ ...point, ...size });
  }
  const edges: Array<[number, number]> = [];
  for (const edge of graph.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s !== undefined && t !== undefined) edges.push([s, t]);
  }
  return sumBoxOverlaps(boxes, edges, () => 1);
}
