import type { ColumnPlan } from "./bands.ts";
import type { LayoutModel } from "./model.ts";
import { localCostOf } from "./refineCost.ts";

/** Candidate heights tried across a node's free interval. */
const STEPS = 24;
const MIN_STEP = 4;

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
  const x = Float64Array.from(model.nodes, (_, i) => columnX[plan.columnOf[i] ?? 0] ?? 0);
  const height = Float64Array.from(model.sizes, (size) => size.height);
  const at = Float64Array.from(y);
  const localCost = localCostOf(model, x, at);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const order of orders) {
      for (let k = 0; k < order.length; k++) {
        const v = order[k] ?? 0;
        const h = (height[v] ?? 0) / 2;
        const above = order[k - 1];
        const below = order[k + 1];
        const lo =
          above === undefined ? area.top + h : (at[above] ?? 0) + (height[above] ?? 0) / 2 + area.gap + h;
        const hi =
          below === undefined ? area.bottom - h : (at[below] ?? 0) - (height[below] ?? 0) / 2 - area.gap - h;
        if (hi - lo < 1) continue;
        const start = at[v] ?? 0;
        let bestY = start;
        const last = hi + 1e-9;
        localCost.gather(v, Math.min(lo, start), Math.max(last, start));
        let bestCost = localCost.at(v);
        const step = Math.max(MIN_STEP, (hi - lo) / STEPS);
        for (let candidate = lo; candidate <= last; candidate += step) {
          at[v] = candidate;
          const cost = localCost.at(v);
          if (
            cost < bestCost ||
            (cost === bestCost && Math.abs(candidate - start) < Math.abs(bestY - start))
          ) {
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
