import type { Placement } from "./placement.ts";
import type { PlacementCost } from "./quality.ts";

const ROUNDS = 8;

/**
 * Polishes an order by swapping neighbouring blocks, and by turning blocks over, while that lowers the
 * cost: it catches what sweeps miss, such as two nodes whose barycenters tie. Rescans the whole
 * placement for each try, so it is for small maps.
 */
export function swapBlocks(placement: Placement, start: PlacementCost, maxTries: number): PlacementCost {
  let cost = start;
  let tries = maxTries;
  const attempt = (column: number, change: () => void, undo: () => void) => {
    if (tries-- <= 0) return false;
    change();
    placement.restack(column);
    const next = placement.score();
    if (next.cost < cost.cost) {
      cost = next;
      return true;
    }
    undo();
    placement.restack(column);
    return false;
  };
  for (let round = 0, improved = tries > 0; improved && round < ROUNDS; round++) {
    improved = false;
    placement.blocks.forEach((column, c) => {
      for (let i = 0; i < column.length; i++) {
        const block = column[i] ?? [];
        if (block.length > 1) {
          const flip = () => block.reverse();
          if (attempt(c, flip, flip)) improved = true;
        }
        const next = column[i + 1];
        if (next === undefined) continue;
        const swap = () => column.splice(i, 2, next, block);
        const back = () => column.splice(i, 2, block, next);
        if (attempt(c, swap, back)) improved = true;
      }
    });
  }
  return cost;
}
