import type { ColumnPlan } from "./bands.ts";
import type { LayoutModel } from "./model.ts";
import type { Arrangement } from "./types.ts";

/** Credentials stand left of positions inside a band, as planColumns puts them. */
const slotOf = (model: LayoutModel, node: number) =>
  2 * (model.band[node] ?? 0) + (model.nodes[node]?.kind === "credential" ? 0 : 1);

/**
 * The plan and sub-column orders of a given arrangement, or undefined when it is not one of this map: each
 * node exactly once, each sub-column one band's nodes of one kind, and sub-columns in band order with
 * credentials first, as the layout would make them.
 */
export function planOfArrangement(
  model: LayoutModel,
  arrangement: Arrangement,
): { plan: ColumnPlan; orders: number[][] } | undefined {
  const index = new Map(model.nodes.map((node, i) => [node.id, i]));
  const columnOf = model.nodes.map(() => -1);
  const orders: number[][] = [];
  let lastSlot = -1;
  for (const ids of arrangement) {
    const order: number[] = [];
    for (const id of ids) {
      const node = index.get(id);
      if (node === undefined || columnOf[node] !== -1) return undefined;
      columnOf[node] = orders.length;
      order.push(node);
    }
    if (order[0] === undefined) return undefined;
    const slot = slotOf(model, order[0]);
    if (slot < lastSlot || order.some((node) => slotOf(model, node) !== slot)) return undefined;
    lastSlot = slot;
    orders.push(order);
  }
  if (columnOf.includes(-1)) return undefined;
  return {
    plan: {
      columnOf,
      columnBand: orders.map((order) => model.band[order[0] ?? 0] ?? 0),
      members: orders.map((order) => [...order].sort((a, b) => a - b)),
    },
    orders,
  };
}

export const arrangementOf = (model: LayoutModel, orders: readonly (readonly number[])[]): string[][] =>
  orders.map((order) => order.map((node) => model.nodes[node]?.id ?? ""));
