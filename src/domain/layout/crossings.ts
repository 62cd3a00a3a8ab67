import type { CareerGraph } from "../careerGraph.ts";
import type { Segment } from "./geometry.ts";
import type { Point } from "./types.ts";

/** Pairs i < j with values[i] > values[j], by merge sort; sorts `values` in place. */
function strictInversions(values: Float64Array, scratch: Float64Array, lo: number, hi: number): number {
  if (hi - lo < 2) return 0;
  const mid = (lo + hi) >> 1;
  let count = strictInversions(values, scratch, lo, mid) + strictInversions(values, scratch, mid, hi);
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    if ((values[i] ?? 0) <= (values[j] ?? 0)) scratch[k++] = values[i++] ?? 0;
    else {
      scratch[k++] = values[j++] ?? 0;
      count += mid - i;
    }
  }
  while (i < mid) scratch[k++] = values[i++] ?? 0;
  while (j < hi) scratch[k++] = values[j++] ?? 0;
  values.set(scratch.subarray(lo, hi), lo);
  return count;
}

/** Pairs among `ids` (sorted here by y, then slope) at one height but not on one line. */
function equalPairs(ids: number[], y: Float64Array, slope: Float64Array): number {
  ids.sort((a, b) => (y[a] ?? 0) - (y[b] ?? 0) || (slope[a] ?? 0) - (slope[b] ?? 0));
  let count = 0;
  for (let i = 0; i < ids.length; ) {
    const at = y[ids[i] ?? 0];
    let j = i + 1;
    let run = 1;
    let sameSlope = 0;
    for (; j < ids.length && y[ids[j] ?? 0] === at; j++) {
      run = slope[ids[j] ?? 0] === slope[ids[j - 1] ?? 0] ? run + 1 : 1;
      sameSlope += run - 1;
    }
    count += ((j - i) * (j - i - 1)) / 2 - sameSlope;
    i = j;
  }
  return count;
}

/** How many of `ids`, sorted by `y`, have lo < y < hi. */
function countBetween(ids: readonly number[], y: Float64Array, lo: number, hi: number): number {
  const firstAbove = (limit: number, strict: boolean) => {
    let l = 0;
    let h = ids.length;
    while (l < h) {
      const m = (l + h) >> 1;
      const v = y[ids[m] ?? 0] ?? 0;
      if (strict ? v > limit : v >= limit) h = m;
      else l = m + 1;
    }
    return l;
  };
  return Math.max(0, firstAbove(hi, false) - firstAbove(lo, true));
}

/**
 * Counts pairs of segments that cross properly: at one point inside both, so segments meeting at a shared
 * node or touching end to side are not counted. Cuts the plane into slabs at every endpoint's x; inside a
 * slab every segment is a straight piece across it, and two pieces cross there exactly when their order at
 * the slab's left edge and at its right edge differ. Cost is about (pieces) log (pieces), where a segment
 * makes one piece per slab it spans: near-linear for a layered map, where most edges span few sub-columns.
 */
export function countSegmentCrossings(segments: readonly Segment[]): number {
  const xs = [...new Set(segments.flatMap((s) => [s.x1, s.x2]))].sort((a, b) => a - b);
  const slabOf = new Map(xs.map((x, i) => [x, i]));
  const pieces: number[][] = xs.map(() => []);
  const through: number[][] = xs.map(() => []);
  const vertical: Array<{ at: number; lo: number; hi: number }> = [];
  // Per piece: its heights at the slab's edges; per pass-through: its height and slope at a slab edge.
  const left: number[] = [];
  const right: number[] = [];
  const passY: number[] = [];
  const passSlope: number[] = [];
  for (const s of segments) {
    const forward = s.x1 <= s.x2;
    const [a, b, ya, yb] = forward ? [s.x1, s.x2, s.y1, s.y2] : [s.x2, s.x1, s.y2, s.y1];
    const from = slabOf.get(a) ?? 0;
    const to = slabOf.get(b) ?? 0;
    if (from === to) {
      vertical.push({ at: from, lo: Math.min(ya, yb), hi: Math.max(ya, yb) });
      continue;
    }
    const slope = (yb - ya) / (b - a);
    let previous = ya;
    for (let i = from; i < to; i++) {
      // One division, so equal heights in exact arithmetic come out as equal doubles (for integer input).
      const x = xs[i + 1] ?? a;
      const next = i + 1 === to ? yb : (ya * (b - x) + yb * (x - a)) / (b - a);
      pieces[i]?.push(left.length);
      left.push(previous);
      right.push(next);
      if (i + 1 < to) {
        through[i + 1]?.push(passY.length);
        passY.push(next);
        passSlope.push(slope);
      }
      previous = next;
    }
  }
  const lefts = Float64Array.from(left);
  const rights = Float64Array.from(right);
  const values = new Float64Array(rights.length);
  const scratch = new Float64Array(rights.length);
  let count = 0;
  for (const ids of pieces) {
    ids.sort((p, q) => (lefts[p] ?? 0) - (lefts[q] ?? 0) || (rights[p] ?? 0) - (rights[q] ?? 0));
    ids.forEach((id, k) => {
      values[k] = rights[id] ?? 0;
    });
    count += strictInversions(values, scratch, 0, ids.length);
  }
  const ys = Float64Array.from(passY);
  const slopes = Float64Array.from(passSlope);
  for (const ids of through) count += equalPairs(ids, ys, slopes);
  for (const v of vertical) count += countBetween(through[v.at] ?? [], ys, v.lo, v.hi);
  return count;
}

/**
 * How many pairs of the graph's edges cross when drawn as straight lines between node centres. Edges
 * sharing a node never count, nor do edges with an end missing from `layout.positions`.
 */
export function countCrossings(
  layout: { readonly positions: ReadonlyMap<string, Point> },
  graph: Pick<CareerGraph, "edges">,
): number {
  const segments: Segment[] = [];
  for (const edge of graph.edges) {
    const a = layout.positions.get(edge.source);
    const b = layout.positions.get(edge.target);
    if (a && b && edge.source !== edge.target) segments.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return countSegmentCrossings(segments);
}
