import { alignColumns, prepareAlignment } from "./alignment.ts";
import type { ColumnPlan } from "./bands.ts";
import { columnBlocks } from "./blocks.ts";
import { stackColumn } from "./coordinates.ts";
import type { Effort } from "./effort.ts";
import type { LayoutModel } from "./model.ts";
import type { Blocks, Placement } from "./placement.ts";
import { type PlacementCost, placementScorer } from "./quality.ts";
import { seeded, shuffle } from "./random.ts";
import { swapBlocks } from "./swapBlocks.ts";
import { copyBlocks, sweep } from "./sweeps.ts";

export interface Ordering {
  readonly orders: number[][];
  /** Each node's y, aligned toward its neighbours. */
  readonly y: number[];
}

/** Where the nodes may go: `gap` spaces the first stacking, alignment may close gaps to `minGap`. */
export interface ColumnArea {
  readonly top: number;
  readonly bottom: number;
  readonly gap: number;
  readonly minGap: number;
}

/**
 * Orders each sub-column top to bottom: barycenter sweeps alternately left to right and right to left over
 * blocks of same-column neighbours (ties keep the current order), from id order and, as `effort` allows,
 * from shuffled orders too; the best placement is then polished by swapping neighbouring blocks.
 */
export function orderColumns(
  model: LayoutModel,
  plan: ColumnPlan,
  columnX: readonly number[],
  area: ColumnArea,
  passes: { ordering: number; alignment: number },
  effort: Effort,
): Ordering {
  const initial: Blocks = plan.members.map((nodes) => columnBlocks(nodes, model, plan.columnOf));
  const y = model.nodes.map(() => 0);
  const centre = (area.top + area.bottom) / 2;
  const loose = { ...area, gap: area.minGap };
  // Built on the first score: a big map's sweeps are not scored, and building it costs a pass over the map.
  let scorePlacement: ReturnType<typeof placementScorer> | undefined;
  // Sweeps from different starts often settle in the same order, and swaps try orders seen before: two
  // scores in five on the bundled map. A score depends on the order alone (each sub-column is stacked from
  // its order before it is scored), so an order's score is worked out once.
  const scored = new Map<string, PlacementCost>();
  const alignment = prepareAlignment(model, plan);
  const aligned = () => {
    const out = [...y];
    const orders = placement.blocks.map((column) => column.flat());
    alignColumns(orders, alignment, out, loose, passes.alignment);
    return out;
  };
  const placement: Placement = {
    blocks: copyBlocks(initial),
    y,
    restack: (column) => {
      const { blocks } = placement;
      for (let c = column ?? 0; c < (column === undefined ? blocks.length : column + 1); c++) {
        stackColumn(blocks[c]?.flat() ?? [], model, area.gap, centre, y);
      }
    },
    score: () => {
      const key = placement.blocks.map((column) => column.flat().join()).join("|");
      let cost = scored.get(key);
      if (cost === undefined) {
        scorePlacement ??= placementScorer(model, plan, columnX);
        cost = scorePlacement(aligned());
        scored.set(key, cost);
      }
      return cost;
    },
  };
  let best: { blocks: Blocks; cost: PlacementCost } | undefined;
  for (let start = 0; start < effort.starts; start++) {
    placement.blocks = copyBlocks(initial);
    const random = seeded(start);
    if (start > 0) for (const column of placement.blocks) shuffle(column, random);
    placement.restack();
    const cost = sweep(placement, model, plan, passes.ordering, effort.scoreSweeps);
    if (cost && (best === undefined || cost.cost < best.cost.cost))
      best = { blocks: copyBlocks(placement.blocks), cost };
  }
  if (best) {
    placement.blocks = best.blocks;
    placement.restack();
    swapBlocks(placement, best.cost, effort.swaps);
  }
  return { orders: placement.blocks.map((column) => column.flat()), y: aligned() };
}

/**
 * Each node's y for sub-columns in the given orders, as `orderColumns` places the orders it settles on:
 * stacked, then aligned toward their neighbours.
 */
export function placeInOrder(
  model: LayoutModel,
  plan: ColumnPlan,
  orders: readonly (readonly number[])[],
  area: ColumnArea,
  alignmentPasses: number,
): number[] {
  const y = model.nodes.map(() => 0);
  const centre = (area.top + area.bottom) / 2;
  for (const order of orders) stackColumn(order, model, area.gap, centre, y);
  alignColumns(orders, prepareAlignment(model, plan), y, { ...area, gap: area.minGap }, alignmentPasses);
  return y;
}
