import type { ColumnPlan } from "./bands.ts";
import { clipLength, segmentsCross } from "./geometry.ts";
import type { LayoutModel } from "./model.ts";
import { overlapPenalty } from "./quality.ts";

/** Candidate heights tried across a node's free interval. */
const STEPS = 24;
const MIN_STEP = 4;

/** Pairs (i, j) whose x extents overlap: x never changes here, so this prunes every later test. */
function overlappingX(
  aLo: Float64Array,
  aHi: Float64Array,
  bLo: Float64Array,
  bHi: Float64Array,
): number[][] {
  return Array.from(aLo, (lo, i) => {
    const hi = aHi[i] ?? 0;
    const near: number[] = [];
    bLo.forEach((otherLo, j) => {
      if (otherLo < hi && (bHi[j] ?? 0) > lo) near.push(j);
    });
    return near;
  });
}

/**
 * Moves single nodes up or down within the room their sub-column leaves them (order and gaps kept) to
 * where their edges cross fewest edges and run through fewest boxes. This matters most for edges that
 * skip a sub-column: aligned with their far end, they tend to run dead along a row of boxes, while a
 * few pixels up or down they pass through a gap. Quadratic in the edges, so for small maps only.
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
  const half = (i: number) => (sizes[i]?.width ?? 0) / 2;
  const edgeLo = Float64Array.from(edges, (e) => Math.min(x[e.source] ?? 0, x[e.target] ?? 0));
  const edgeHi = Float64Array.from(edges, (e) => Math.max(x[e.source] ?? 0, x[e.target] ?? 0));
  const boxLo = Float64Array.from(x, (cx, i) => cx - half(i));
  const boxHi = Float64Array.from(x, (cx, i) => cx + half(i));
  const edgeNearEdge = overlappingX(edgeLo, edgeHi, edgeLo, edgeHi);
  const edgeNearBox = overlappingX(edgeLo, edgeHi, boxLo, boxHi);
  const boxNearEdge = overlappingX(boxLo, boxHi, edgeLo, edgeHi);
  const incident: number[][] = model.nodes.map(() => []);
  edges.forEach((edge, e) => {
    incident[edge.source]?.push(e);
    incident[edge.target]?.push(e);
  });
  const segment = (e: number) => {
    const { source, target } = edges[e] ?? { source: 0, target: 0 };
    return { x1: x[source] ?? 0, y1: y[source] ?? 0, x2: x[target] ?? 0, y2: y[target] ?? 0 };
  };
  const overlap = (e: number, w: number) => {
    const { x1, y1, x2, y2 } = segment(e);
    const box = { x: x[w] ?? 0, y: y[w] ?? 0, width: sizes[w]?.width ?? 0, height: sizes[w]?.height ?? 0 };
    const length = clipLength(x1, y1, x2, y2, box);
    return length > 0 ? overlapPenalty(length) : 0;
  };
  const touches = (e: number, node: number) => edges[e]?.source === node || edges[e]?.target === node;
  /** The part of the total cost that depends on where node v is. */
  const localCost = (v: number): number => {
    let cost = 0;
    for (const e of incident[v] ?? []) {
      const edge = edges[e];
      if (edge === undefined) continue;
      const s = segment(e);
      for (const f of edgeNearEdge[e] ?? []) {
        if (!touches(f, edge.source) && !touches(f, edge.target) && segmentsCross(s, segment(f))) cost++;
      }
      for (const w of edgeNearBox[e] ?? []) if (!touches(e, w)) cost += overlap(e, w);
    }
    for (const f of boxNearEdge[v] ?? []) if (!touches(f, v)) cost += overlap(f, v);
    return cost;
  };
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const order of orders) {
      order.forEach((v, k) => {
        const h = (sizes[v]?.height ?? 0) / 2;
        const above = order[k - 1];
        const below = order[k + 1];
        const lo =
          above === undefined
            ? area.top + h
            : (y[above] ?? 0) + (sizes[above]?.height ?? 0) / 2 + area.gap + h;
        const hi =
          below === undefined
            ? area.bottom - h
            : (y[below] ?? 0) - (sizes[below]?.height ?? 0) / 2 - area.gap - h;
        if (hi - lo < 1) return;
        const start = y[v] ?? 0;
        let best = { y: start, cost: localCost(v) };
        const step = Math.max(MIN_STEP, (hi - lo) / STEPS);
        for (let at = lo; at <= hi + 1e-9; at += step) {
          y[v] = at;
          const cost = localCost(v);
          if (cost < best.cost || (cost === best.cost && Math.abs(at - start) < Math.abs(best.y - start))) {
            best = { y: at, cost };
          }
        }
        y[v] = best.y;
        if (best.y !== start) moved = true;
      });
    }
    if (!moved) return;
  }
}
