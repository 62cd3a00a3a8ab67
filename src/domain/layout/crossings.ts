import type { CareerGraph } from "../careerGraph.ts";
import type { Segment } from "./geometry.ts";
import { packLists, sortByKeys } from "./packedLists.ts";
import type { Point } from "./types.ts";

/** Below this many values, insertion sort beats recursing (most slabs of a small map). */
const SHORT_RUN = 16;

/**
 * Pairs i < j with values[i] > values[j], by merge sort, or for a short run by insertion sort, where each
 * step past a strictly greater value is one such pair; sorts `values` in place.
 */
function strictInversions(values: Float64Array, scratch: Float64Array, lo: number, hi: number): number {
  if (hi - lo < SHORT_RUN) {
    let count = 0;
    for (let i = lo + 1; i < hi; i++) {
      const value = values[i] ?? 0;
      let j = i - 1;
      for (; j >= lo && (values[j] ?? 0) > value; j--, count++) values[j + 1] = values[j] ?? 0;
      values[j + 1] = value;
    }
    return count;
  }
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

/** Pairs among `ids[lo..hi)` (sorted here by y, then slope) at one height but not on one line. */
function equalPairs(ids: Int32Array, lo: number, hi: number, y: Float64Array, slope: Float64Array): number {
  sortByKeys(ids, lo, hi, y, slope);
  let count = 0;
  for (let i = lo; i < hi; ) {
    const at = y[ids[i] ?? 0];
    let j = i + 1;
    let run = 1;
    let sameSlope = 0;
    for (; j < hi && y[ids[j] ?? 0] === at; j++) {
      run = slope[ids[j] ?? 0] === slope[ids[j - 1] ?? 0] ? run + 1 : 1;
      sameSlope += run - 1;
    }
    count += ((j - i) * (j - i - 1)) / 2 - sameSlope;
    i = j;
  }
  return count;
}

/** How many of `ids[lo..hi)`, sorted by `y`, have below < y < above. */
function countBetween(
  ids: Int32Array,
  lo: number,
  hi: number,
  y: Float64Array,
  below: number,
  above: number,
) {
  const firstAbove = (limit: number, strict: boolean) => {
    let l = lo;
    let h = hi;
    while (l < h) {
      const m = (l + h) >> 1;
      const v = y[ids[m] ?? 0] ?? 0;
      if (strict ? v > limit : v >= limit) h = m;
      else l = m + 1;
    }
    return l;
  };
  return Math.max(0, firstAbove(above, false) - firstAbove(below, true));
}

/**
 * Counts pairs of segments that cross properly: at one point inside both, so segments meeting at a shared
 * node or touching end to side are not counted. Cuts the plane into slabs at every endpoint's x; inside a
 * slab every segment is a straight piece across it, and two pieces cross there exactly when their order at
 * the slab's left edge and at its right edge differ. Cost is about (pieces) log (pieces), where a segment
 * makes one piece per slab it spans: near-linear for a layered map, where most edges span few sub-columns.
 *
 * The slabs depend on x alone, and the ordering only ever moves nodes up and down, so they are cut once
 * here for segments with ends at x1 and x2; the counter returned then takes the ends' heights.
 */
export function crossingCounter(
  x1: Float64Array,
  x2: Float64Array,
): (y1: Float64Array, y2: Float64Array) => number {
  const xs = [...new Set([...x1, ...x2])].sort((a, b) => a - b);
  const slabOf = new Map(xs.map((x, i) => [x, i]));
  const from = new Int32Array(x1.length);
  const to = new Int32Array(x1.length);
  const pieces: number[][] = xs.map(() => []);
  const through: number[][] = xs.map(() => []);
  let pieceCount = 0;
  let passCount = 0;
  x1.forEach((_, s) => {
    const [a, b] = (x1[s] ?? 0) <= (x2[s] ?? 0) ? [x1[s], x2[s]] : [x2[s], x1[s]];
    from[s] = slabOf.get(a ?? 0) ?? 0;
    to[s] = slabOf.get(b ?? 0) ?? 0;
    for (let i = from[s] ?? 0; i < (to[s] ?? 0); i++) {
      pieces[i]?.push(pieceCount++);
      if (i + 1 < (to[s] ?? 0)) through[i + 1]?.push(passCount++);
    }
  });
  const slabX = Float64Array.from(xs);
  // Orders kept from one count to the next, when they are mostly still sorted.
  const pieceOrder = packLists(pieces);
  const passOrder = packLists(through);
  const left = new Float64Array(pieceCount);
  const right = new Float64Array(pieceCount);
  const passY = new Float64Array(passCount);
  const passSlope = new Float64Array(passCount);
  const values = new Float64Array(pieceCount);
  const scratch = new Float64Array(pieceCount);
  return (y1, y2) => {
    let piece = 0;
    let pass = 0;
    for (let s = 0; s < x1.length; s++) {
      const first = from[s] ?? 0;
      const last = to[s] ?? 0;
      if (first === last) continue;
      const forward = (x1[s] ?? 0) <= (x2[s] ?? 0);
      const a = (forward ? x1[s] : x2[s]) ?? 0;
      const b = (forward ? x2[s] : x1[s]) ?? 0;
      const ya = (forward ? y1[s] : y2[s]) ?? 0;
      const yb = (forward ? y2[s] : y1[s]) ?? 0;
      const slope = (yb - ya) / (b - a);
      let previous = ya;
      for (let i = first; i < last; i++) {
        // One division, so equal heights in exact arithmetic come out as equal doubles (for integer input).
        const x = slabX[i + 1] ?? a;
        const next = i + 1 === last ? yb : (ya * (b - x) + yb * (x - a)) / (b - a);
        left[piece] = previous;
        right[piece++] = next;
        if (i + 1 < last) {
          passY[pass] = next;
          passSlope[pass++] = slope;
        }
        previous = next;
      }
    }
    let count = 0;
    const { start: slabStart, items: slabPieces } = pieceOrder;
    for (let slab = 0; slab < xs.length; slab++) {
      const lo = slabStart[slab] ?? 0;
      const hi = slabStart[slab + 1] ?? 0;
      sortByKeys(slabPieces, lo, hi, left, right);
      for (let k = lo; k < hi; k++) values[k - lo] = right[slabPieces[k] ?? 0] ?? 0;
      count += strictInversions(values, scratch, 0, hi - lo);
    }
    const { start: edgeStart, items: passes } = passOrder;
    for (let edge = 0; edge < xs.length; edge++) {
      count += equalPairs(passes, edgeStart[edge] ?? 0, edgeStart[edge + 1] ?? 0, passY, passSlope);
    }
    for (let s = 0; s < x1.length; s++) {
      const at = from[s] ?? 0;
      if (at !== to[s]) continue;
      const [below, above] = [Math.min(y1[s] ?? 0, y2[s] ?? 0), Math.max(y1[s] ?? 0, y2[s] ?? 0)];
      count += countBetween(passes, edgeStart[at] ?? 0, edgeStart[at + 1] ?? 0, passY, below, above);
    }
    return count;
  };
}

/** Counts pairs of segments that cross properly; see `crossingCounter`. */
export function countSegmentCrossings(segments: readonly Segment[]): number {
  const count = crossingCounter(
    Float64Array.from(segments, (s) => s.x1),
    Float64Array.from(segments, (s) => s.x2),
  );
  return count(
    Float64Array.from(segments, (s) => s.y1),
    Float64Array.from(segments, (s) => s.y2),
  );
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
