import type { ColumnPlan } from "./bands.ts";
import { clipThrough, linesCross } from "./geometry.ts";
import type { LayoutModel } from "./model.ts";
import { overlappingIntervals, packLists } from "./packedLists.ts";
import { overlapPenalty } from "./quality.ts";

/** Candidate heights tried across a node's free interval. */
const STEPS = 24;
const MIN_STEP = 4;

/**
 * Moves single nodes up or down within the room their sub-column leaves them (order and gaps kept) to
 * where their edges cross fewest edges and run through fewest boxes. This matters most for edges that
 * skip a sub-column: aligned with their far end, they tend to run dead along a row of boxes, while a
 * few pixels up or down they pass through a gap. Quadratic in the edges, so for small maps only.
 *
 * It runs on the bundled map before the first drawing, cold, so the cost of a try is computed from typed
 * arrays built once here: no object per segment or box tested.
 */
export function refineHeights(
  model: LayoutModel,
  plan: ColumnPlan,
  columnX: readonly number[],
  orders: readonly (readonly number[])[],
  y: number[],
  area: { top: number; bottom: number; gap: number },
  rounds: number,
): void {
  const { edges, sizes } = model;
  const x = Float64Array.from(model.nodes, (_, i) => columnX[plan.columnOf[i] ?? 0] ?? 0);
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
  const incidentLists: number[][] = model.nodes.map(() => []);
  edges.forEach((edge, e) => {
    incidentLists[edge.source]?.push(e);
    incidentLists[edge.target]?.push(e);
  });
  const incident = packLists(incidentLists);
  const at = Float64Array.from(y);

  /** The penalty for the segment a→b running through node w's box. */
  const overlap = (ax: number, ay: number, bx: number, by: number, w: number): number => {
    const wy = at[w] ?? 0;
    const h = height[w] ?? 0;
    const top = wy - h / 2;
    // A segment wholly above or below the box clips nothing; skipping it here changes no sum.
    if ((ay < top && by < top) || (ay > top + h && by > top + h)) return 0;
    const length = clipThrough(ax, ay, bx, by, x[w] ?? 0, wy, width[w] ?? 0, h);
    return length > 0 ? overlapPenalty(length) : 0;
  };

  /** The part of the total cost that depends on where node v is, summed in a fixed order. */
  const localCost = (v: number): number => {
    let cost = 0;
    for (let k = incident.start[v] ?? 0, end = incident.start[v + 1] ?? 0; k < end; k++) {
      const e = incident.items[k] ?? 0;
      const s = source[e] ?? 0;
      const t = target[e] ?? 0;
      const ax = x[s] ?? 0;
      const ay = at[s] ?? 0;
      const bx = x[t] ?? 0;
      const by = at[t] ?? 0;
      const yLo = Math.min(ay, by);
      const yHi = Math.max(ay, by);
      for (let q = edgeNearEdge.start[e] ?? 0, qEnd = edgeNearEdge.start[e + 1] ?? 0; q < qEnd; q++) {
        const f = edgeNearEdge.items[q] ?? 0;
        const fs = source[f] ?? 0;
        const ft = target[f] ?? 0;
        if (fs === s || fs === t || ft === s || ft === t) continue;
        const fy1 = at[fs] ?? 0;
        const fy2 = at[ft] ?? 0;
        // Segments wholly apart in height cannot cross.
        if ((fy1 < yLo && fy2 < yLo) || (fy1 > yHi && fy2 > yHi)) continue;
        if (linesCross(ax, ay, bx, by, x[fs] ?? 0, fy1, x[ft] ?? 0, fy2)) cost++;
      }
      for (let q = edgeNearBox.start[e] ?? 0, qEnd = edgeNearBox.start[e + 1] ?? 0; q < qEnd; q++) {
        const w = edgeNearBox.items[q] ?? 0;
        if (w !== s && w !== t) cost += overlap(ax, ay, bx, by, w);
      }
    }
    for (let q = boxNearEdge.start[v] ?? 0, qEnd = boxNearEdge.start[v + 1] ?? 0; q < qEnd; q++) {
      const f = boxNearEdge.items[q] ?? 0;
      const s = source[f] ?? 0;
      const t = target[f] ?? 0;
      if (s !== v && t !== v) cost += overlap(x[s] ?? 0, at[s] ?? 0, x[t] ?? 0, at[t] ?? 0, v);
    }
    return cost;
  };

  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const order of orders) {
      for (let k = 0; k < order.length; k++) {
        const v = order[k] ?? 0;
        const h = (height[v] ?? 0) / 2;
        const above = order[k - 1];
        const below = order[k + 1];
        const lo = above === undefined ? area.top + h : (at[above] ?? 0) + (height[above] ?? 0) / 2 + area.gap + h;
        const hi =
          below === undefined ? area.bottom - h : (at[below] ?? 0) - (height[below] ?? 0) / 2 - area.gap - h;
        if (hi - lo < 1) continue;
        const start = at[v] ?? 0;
        let bestY = start;
        let bestCost = localCost(v);
        const step = Math.max(MIN_STEP, (hi - lo) / STEPS);
        for (let candidate = lo; candidate <= hi + 1e-9; candidate += step) {
          at[v] = candidate;
          const cost = localCost(v);
          if (cost < bestCost || (cost === bestCost && Math.abs(candidate - start) < Math.abs(bestY - start))) {
            bestY = candidate;
            bestCost = cost;
          }
        }
        at[v] = bestY;
        if (bestY !== start) moved = true;
      }
    }
    if (!moved) break;
  }
  at.forEach((value, i) => {
    y[i] = value;
  });
}
