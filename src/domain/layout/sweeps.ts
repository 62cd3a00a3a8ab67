import type { ColumnPlan } from "./bands.ts";
import type { LayoutModel } from "./model.ts";
import type { Blocks, Placement } from "./placement.ts";
import type { PlacementCost } from "./quality.ts";

export const copyBlocks = (blocks: Blocks): Blocks =>
  blocks.map((column) => column.map((block) => [...block]));

/**
 * Where a node would like to sit: the mean y of its neighbours on the side the sweep comes from, nearer
 * sub-columns weighing more; failing those, of all its neighbours in other sub-columns; failing those,
 * where it is now.
 */
function barycenter(
  node: number,
  column: number,
  fromLeft: boolean,
  model: LayoutModel,
  plan: ColumnPlan,
  y: number[],
) {
  let sideSum = 0;
  let sideWeight = 0;
  let allSum = 0;
  let allWeight = 0;
  const around = model.neighbours[node] ?? [];
  for (let i = 0; i < around.length; i++) {
    const u = around[i] ?? 0;
    const offset = (plan.columnOf[u] ?? column) - column;
    if (offset === 0) continue;
    const weight = 1 / Math.abs(offset);
    const value = (y[u] ?? 0) * weight;
    allSum += value;
    allWeight += weight;
    if (offset < 0 === fromLeft) {
      sideSum += value;
      sideWeight += weight;
    }
  }
  if (sideWeight > 0) return sideSum / sideWeight;
  return allWeight > 0 ? allSum / allWeight : (y[node] ?? 0);
}

/** Sorts one sub-column's blocks by their members' barycenters, turning each block to match its ends. */
function sweepColumn(blocks: number[][], key: (node: number) => number): void {
  const mean = new Map<number[], number>();
  for (const block of blocks) {
    const keys = block.map(key);
    if ((keys[0] ?? 0) > (keys.at(-1) ?? 0)) block.reverse();
    mean.set(block, keys.reduce((sum, k) => sum + k, 0) / keys.length);
  }
  const rank = new Map(blocks.map((block, i) => [block, i]));
  blocks.sort((a, b) => (mean.get(a) ?? 0) - (mean.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/** Barycenter sweeps from the placement's current order; when scored, leaves it at the best order seen. */
export function sweep(
  placement: Placement,
  model: LayoutModel,
  plan: ColumnPlan,
  passes: number,
  scored: boolean,
): PlacementCost | undefined {
  const { blocks, y } = placement;
  let best = scored ? { blocks: copyBlocks(blocks), cost: placement.score() } : undefined;
  // Two sweeps in a row that change nothing mean the order has settled.
  for (let pass = 0, still = 0; pass < passes && still < 2; pass++) {
    const fromLeft = pass % 2 === 0;
    const before = blocks.map((column) => column.flat().join());
    for (let k = 0; k < blocks.length; k++) {
      const column = fromLeft ? k : blocks.length - 1 - k;
      sweepColumn(blocks[column] ?? [], (node) => barycenter(node, column, fromLeft, model, plan, y));
      placement.restack(column);
    }
    still = blocks.every((column, c) => column.flat().join() === before[c]) ? still + 1 : 0;
    // A pass that changed nothing leaves the placement, and so its cost, as already scored.
    const cost = best && still === 0 && placement.score();
    if (best && cost && cost.cost < best.cost.cost) best = { blocks: copyBlocks(blocks), cost };
  }
  if (best === undefined) return undefined;
  placement.blocks = best.blocks;
  placement.restack();
  return best.cost;
}
