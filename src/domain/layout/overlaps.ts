import type { CareerGraph } from "../careerGraph.ts";
import { type Box, clipThrough } from "./geometry.ts";
import { firstAtLeast, packLists, sortByKeys } from "./packedLists.ts";
import type { Point, Size } from "./types.ts";

/**
 * Sums `weigh(length)` over the (edge, node) pairs where the edge's straight line runs through the node's
 * box, the edge's own ends aside: a line behind a box reads as if it connected to it. Boxes are grouped by
 * centre x, so an edge is only tested against the columns it spans and, there, the boxes at the heights it
 * passes.
 *
 * The ordering only moves boxes up and down, so the columns are grouped once here for boxes at `x` and
 * edges from `source` to `target`; the scorer returned then takes the boxes' heights `y`.
 */
export function boxOverlapScorer(
  x: Float64Array,
  width: Float64Array,
  height: Float64Array,
  source: Int32Array,
  target: Int32Array,
  weigh: (length: number) => number,
): (y: Float64Array) => number {
  const byX = new Map<number, number[]>();
  x.forEach((cx, i) => {
    const ids = byX.get(cx);
    if (ids) ids.push(i);
    else byX.set(cx, [i]);
  });
  const columns = [...byX].sort((a, b) => a[0] - b[0]);
  const xs = Float64Array.from(columns, ([cx]) => cx);
  const reachX = Float64Array.from(columns, ([, ids]) => Math.max(...ids.map((i) => (width[i] ?? 0) / 2)));
  const reachY = Float64Array.from(columns, ([, ids]) => Math.max(...ids.map((i) => (height[i] ?? 0) / 2)));
  const reach = reachX.reduce((widest, r) => Math.max(widest, r), 0);
  // The stretch [from, to] of x each edge spans inside each column it passes: fixed, as x is.
  const spans: number[][] = [];
  const spanFrom: number[] = [];
  const spanTo: number[] = [];
  source.forEach((s, e) => {
    const t = target[e] ?? 0;
    const minX = Math.min(x[s] ?? 0, x[t] ?? 0);
    const maxX = Math.max(x[s] ?? 0, x[t] ?? 0);
    const list: number[] = [];
    for (
      let c = firstAtLeast(xs, 0, xs.length, minX - reach);
      c < xs.length && (xs[c] ?? 0) < maxX + reach;
      c++
    ) {
      const from = Math.max(minX, (xs[c] ?? 0) - (reachX[c] ?? 0));
      const to = Math.min(maxX, (xs[c] ?? 0) + (reachX[c] ?? 0));
      if (from > to) continue;
      list.push(c);
      // As offsets from the edge's source, where the line's height is measured from.
      spanFrom.push(from - (x[s] ?? 0));
      spanTo.push(to - (x[s] ?? 0));
    }
    spans.push(list);
  });
  const edgeSpans = packLists(spans);
  const fromOffset = Float64Array.from(spanFrom);
  const toOffset = Float64Array.from(spanTo);
  // Each column's boxes top to bottom (ties in index order), kept from one try to the next.
  const { start, items: order } = packLists(columns.map(([, ids]) => ids));
  const index = Float64Array.from(x, (_, i) => i);
  const ys = new Float64Array(x.length);
  return (y) => {
    for (let c = 0; c < columns.length; c++) {
      const lo = start[c] ?? 0;
      const hi = start[c + 1] ?? 0;
      sortByKeys(order, lo, hi, y, index);
      for (let k = lo; k < hi; k++) ys[k] = y[order[k] ?? 0] ?? 0;
    }
    let total = 0;
    for (let e = 0; e < source.length; e++) {
      const s = source[e] ?? 0;
      const t = target[e] ?? 0;
      if (s === t) continue;
      const ax = x[s] ?? 0;
      const ay = y[s] ?? 0;
      const bx = x[t] ?? 0;
      const by = y[t] ?? 0;
      const slope = ax === bx ? 0 : (by - ay) / (bx - ax);
      for (let span = edgeSpans.start[e] ?? 0, last = edgeSpans.start[e + 1] ?? 0; span < last; span++) {
        const c = edgeSpans.items[span] ?? 0;
        // The heights the line takes across this column, widened by its tallest box.
        const y1 = ax === bx ? Math.min(ay, by) : ay + (fromOffset[span] ?? 0) * slope;
        const y2 = ax === bx ? Math.max(ay, by) : ay + (toOffset[span] ?? 0) * slope;
        const bottom = Math.max(y1, y2) + (reachY[c] ?? 0);
        const hi = start[c + 1] ?? 0;
        for (let k = firstAtLeast(ys, start[c] ?? 0, hi, Math.min(y1, y2) - (reachY[c] ?? 0)); k < hi; k++) {
          if ((ys[k] ?? 0) > bottom) break;
          const i = order[k] ?? 0;
          if (i === s || i === t) continue;
          const length = clipThrough(ax, ay, bx, by, xs[c] ?? 0, ys[k] ?? 0, width[i] ?? 0, height[i] ?? 0);
          if (length > 0) total += weigh(length);
        }
      }
    }
    return total;
  };
}

/** `boxOverlapScorer` for one set of boxes; edges with an end that is not a box are left out. */
export function sumBoxOverlaps(
  boxes: readonly Box[],
  edges: readonly (readonly [number, number])[],
  weigh: (length: number) => number,
): number {
  const kept = edges.filter(([s, t]) => boxes[s] !== undefined && boxes[t] !== undefined);
  const score = boxOverlapScorer(
    Float64Array.from(boxes, (box) => box.x),
    Float64Array.from(boxes, (box) => box.width),
    Float64Array.from(boxes, (box) => box.height),
    Int32Array.from(kept, ([s]) => s),
    Int32Array.from(kept, ([, t]) => t),
    weigh,
  );
  return score(Float64Array.from(boxes, (box) => box.y));
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
