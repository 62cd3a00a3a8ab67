import { clipThrough, linesCross } from "./geometry.ts";
import type { LayoutModel } from "./model.ts";
import { overlappingIntervals, packLists } from "./packedLists.ts";
import { overlapPenalty } from "./quality.ts";

/** The penalty for the segment a→b running through the box centred on (cx, cy). */
function overlapAt(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  width: number,
  height: number,
): number {
  const top = cy - height / 2;
  // A segment wholly above or below the box clips nothing; skipping it here changes no sum.
  if ((ay < top && by < top) || (ay > top + height && by > top + height)) return 0;
  const length = clipThrough(ax, ay, bx, by, cx, cy, width, height);
  return length > 0 ? overlapPenalty(length) : 0;
}

/** Four numbers for each of a list of segments (x1, y1, x2, y2) or boxes (x, y, width, height). */
type Quad = readonly [Float64Array, Float64Array, Float64Array, Float64Array];

const quads = (count: number): Quad => [
  new Float64Array(count),
  new Float64Array(count),
  new Float64Array(count),
  new Float64Array(count),
];

function put(quad: Quad, i: number, first: number, second: number, third: number, fourth: number): void {
  quad[0][i] = first;
  quad[1][i] = second;
  quad[2][i] = third;
  quad[3][i] = fourth;
}

/**
 * The part of the layout's cost that depends on where one node is: crossings of its edges with nearby
 * edges, its edges through nearby boxes, and nearby edges through its box. Refinement asks this for each
 * of some 25 heights of every node, cold on the first layout, so `gather(v)` first copies what stays put
 * while v moves (the other edges and boxes, pruned by x and by shared ends) into flat typed arrays, and
 * `at(v)` then sums over those, in the same order as a plain scan, so the sums are the same bit for bit.
 */
export function localCostOf(model: LayoutModel, x: Float64Array, y: Float64Array) {
  const { edges, sizes } = model;
  const width = Float64Array.from(sizes, (size) => size.width);
  const height = Float64Array.from(sizes, (size) => size.height);
  const source = Int32Array.from(edges, (edge) => edge.source);
  const target = Int32Array.from(edges, (edge) => edge.target);
  const edgeLo = Float64Array.from(edges, (e) => Math.min(x[e.source] ?? 0, x[e.target] ?? 0));
  const edgeHi = Float64Array.from(edges, (e) => Math.max(x[e.source] ?? 0, x[e.target] ?? 0));
  const boxLo = Float64Array.from(x, (cx, i) => cx - (width[i] ?? 0) / 2);
  const boxHi = Float64Array.from(x, (cx, i) => cx + (width[i] ?? 0) / 2);
  // x never changes here, so pairs apart in x are pruned once for every later test.
  const edgeNearEdge = overlappingIntervals(edgeLo, edgeHi, edgeLo, edgeHi);
  const edgeNearBox = overlappingIntervals(edgeLo, edgeHi, boxLo, boxHi);
  const boxNearEdge = overlappingIntervals(boxLo, boxHi, edgeLo, edgeHi);
  const incident = packLists(
    model.nodes.map((_, v) =>
      edges.flatMap((edge, e) => (edge.source === v || edge.target === v ? [e] : [])),
    ),
  );
  const room = (lists: typeof edgeNearEdge, v: number) => {
    let count = 0;
    for (let k = incident.start[v] ?? 0; k < (incident.start[v + 1] ?? 0); k++) {
      const e = incident.items[k] ?? 0;
      count += (lists.start[e + 1] ?? 0) - (lists.start[e] ?? 0);
    }
    return count;
  };
  const nodes = model.nodes.map((_, v) => v);
  const near = quads(Math.max(0, ...nodes.map((v) => room(edgeNearEdge, v))));
  const boxes = quads(Math.max(0, ...nodes.map((v) => room(edgeNearBox, v))));
  const passing = quads(
    Math.max(0, ...nodes.map((v) => (boxNearEdge.start[v + 1] ?? 0) - (boxNearEdge.start[v] ?? 0))),
  );
  const [sx1, sy1, sx2, sy2] = near;
  const nearLow = new Float64Array(sx1.length);
  const nearHigh = new Float64Array(sx1.length);
  const [bx, by, bw, bh] = boxes;
  const [fx1, fy1, fx2, fy2] = passing;
  // Per incident edge k of the gathered node: where its segments and boxes end in the arrays above.
  const segmentsEnd = new Int32Array(edges.length);
  const boxesEnd = new Int32Array(edges.length);
  let gathered = { incident: 0, passing: 0 };

  /**
   * Gathers what stays put while v moves between heights `low` and `high`, leaving out what lies wholly
   * above or below everywhere v goes: `at` would skip it for every height anyway, so no sum changes.
   */
  const gather = (v: number, low: number, high: number) => {
    let segments = 0;
    let boxCount = 0;
    const first = incident.start[v] ?? 0;
    const last = incident.start[v + 1] ?? 0;
    for (let k = first; k < last; k++) {
      const e = incident.items[k] ?? 0;
      const s = source[e] ?? 0;
      const t = target[e] ?? 0;
      // The heights edge e can take up: from v, wherever it goes, to its other end.
      const otherY = y[s === v ? t : s] ?? 0;
      const edgeLow = Math.min(low, otherY);
      const edgeHigh = Math.max(high, otherY);
      for (let q = edgeNearEdge.start[e] ?? 0; q < (edgeNearEdge.start[e + 1] ?? 0); q++) {
        const f = edgeNearEdge.items[q] ?? 0;
        const fs = source[f] ?? 0;
        const ft = target[f] ?? 0;
        if (fs === s || fs === t || ft === s || ft === t) continue;
        const fLow = Math.min(y[fs] ?? 0, y[ft] ?? 0);
        const fHigh = Math.max(y[fs] ?? 0, y[ft] ?? 0);
        if (fHigh < edgeLow || fLow > edgeHigh) continue;
        nearLow[segments] = fLow;
        nearHigh[segments] = fHigh;
        put(near, segments++, x[fs] ?? 0, y[fs] ?? 0, x[ft] ?? 0, y[ft] ?? 0);
      }
      segmentsEnd[k - first] = segments;
      for (let q = edgeNearBox.start[e] ?? 0; q < (edgeNearBox.start[e + 1] ?? 0); q++) {
        const w = edgeNearBox.items[q] ?? 0;
        if (w === s || w === t) continue;
        // Computed as overlapAt does, so the test agrees with it to the bit.
        const top = (y[w] ?? 0) - (height[w] ?? 0) / 2;
        if (edgeHigh < top || edgeLow > top + (height[w] ?? 0)) continue;
        put(boxes, boxCount++, x[w] ?? 0, y[w] ?? 0, width[w] ?? 0, height[w] ?? 0);
      }
      boxesEnd[k - first] = boxCount;
    }
    let passingCount = 0;
    // v's box top and bottom, as overlapAt computes them, at the lowest and highest v goes.
    const topMin = low - (height[v] ?? 0) / 2;
    const bottomMax = high - (height[v] ?? 0) / 2 + (height[v] ?? 0);
    for (let q = boxNearEdge.start[v] ?? 0; q < (boxNearEdge.start[v + 1] ?? 0); q++) {
      const f = boxNearEdge.items[q] ?? 0;
      const s = source[f] ?? 0;
      const t = target[f] ?? 0;
      if (s === v || t === v) continue;
      if (Math.max(y[s] ?? 0, y[t] ?? 0) < topMin || Math.min(y[s] ?? 0, y[t] ?? 0) > bottomMax) continue;
      put(passing, passingCount++, x[s] ?? 0, y[s] ?? 0, x[t] ?? 0, y[t] ?? 0);
    }
    gathered = { incident: last - first, passing: passingCount };
  };

  /** The local cost with v where `y` now has it; v must be the node last gathered. */
  const at = (v: number): number => {
    let cost = 0;
    let segment = 0;
    let box = 0;
    const first = incident.start[v] ?? 0;
    for (let k = 0; k < gathered.incident; k++) {
      const e = incident.items[first + k] ?? 0;
      const ax = x[source[e] ?? 0] ?? 0;
      const ay = y[source[e] ?? 0] ?? 0;
      const ex = x[target[e] ?? 0] ?? 0;
      const ey = y[target[e] ?? 0] ?? 0;
      const yLo = Math.min(ay, ey);
      const yHi = Math.max(ay, ey);
      for (const end = segmentsEnd[k] ?? 0; segment < end; segment++) {
        // Segments wholly apart in height cannot cross.
        if ((nearHigh[segment] ?? 0) < yLo || (nearLow[segment] ?? 0) > yHi) continue;
        if (
          linesCross(
            ax,
            ay,
            ex,
            ey,
            sx1[segment] ?? 0,
            sy1[segment] ?? 0,
            sx2[segment] ?? 0,
            sy2[segment] ?? 0,
          )
        ) {
          cost++;
        }
      }
      for (const end = boxesEnd[k] ?? 0; box < end; box++) {
        cost += overlapAt(ax, ay, ex, ey, bx[box] ?? 0, by[box] ?? 0, bw[box] ?? 0, bh[box] ?? 0);
      }
    }
    const cx = x[v] ?? 0;
    const cy = y[v] ?? 0;
    for (let f = 0; f < gathered.passing; f++) {
      cost += overlapAt(
        fx1[f] ?? 0,
        fy1[f] ?? 0,
        fx2[f] ?? 0,
        fy2[f] ?? 0,
        cx,
        cy,
        width[v] ?? 0,
        height[v] ?? 0,
      );
    }
    return cost;
  };
  return { gather, at };
}
