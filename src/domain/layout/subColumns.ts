import type { LayoutModel } from "./model.ts";

/**
 * Longest-path layers of the edges among `members`, after dropping the edges that close a cycle (found by
 * a depth-first search in index order, so the choice is deterministic). Sources get layer 0.
 */
export function acyclicLayers(members: readonly number[], model: LayoutModel): Map<number, number> {
  const inGroup = new Set(members);
  const out = new Map<number, number[]>(members.map((v) => [v, []]));
  for (const edge of model.edges) {
    if (inGroup.has(edge.source) && inGroup.has(edge.target)) out.get(edge.source)?.push(edge.target);
  }
  // 0 unvisited, 1 on the search path, 2 done; iterative, since a long chain would overflow the stack.
  const state = new Map<number, number>();
  const finished: number[] = [];
  const kept = new Map<number, number[]>(members.map((v) => [v, []]));
  for (const root of members) {
    if (state.get(root)) continue;
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const targets = out.get(top.node) ?? [];
      const target = targets[top.next++];
      if (target === undefined) {
        state.set(top.node, 2);
        finished.push(top.node);
        stack.pop();
      } else if (state.get(target) !== 1) {
        kept.get(top.node)?.push(target);
        if (!state.get(target)) {
          state.set(target, 1);
          stack.push({ node: target, next: 0 });
        }
      }
    }
  }
  const layer = new Map<number, number>(members.map((v) => [v, 0]));
  for (let i = finished.length - 1; i >= 0; i--) {
    const source = finished[i] ?? 0;
    const next = (layer.get(source) ?? 0) + 1;
    for (const target of kept.get(source) ?? []) {
      if ((layer.get(target) ?? 0) < next) layer.set(target, next);
    }
  }
  return layer;
}

/**
 * Splits one band's nodes of one kind into `count` sub-columns of near-equal height. Nodes are taken in
 * order of their layer (so an edge inside the group points right or stays in its sub-column, cycles
 * aside) and then of where their neighbours lie (a node fed from the left sits left, one leading on
 * sits right).
 */
export function splitIntoSubColumns(
  members: readonly number[],
  count: number,
  model: LayoutModel,
  slot: (node: number) => number,
): number[][] {
  const layer = acyclicLayers(members, model);
  const pull = new Map<number, number>();
  for (const v of members) {
    const around = model.neighbours[v] ?? [];
    let sum = 0;
    for (const u of around) sum += slot(u);
    pull.set(v, around.length > 0 ? sum / around.length : slot(v));
  }
  const sorted = [...members].sort(
    (a, b) => (layer.get(a) ?? 0) - (layer.get(b) ?? 0) || (pull.get(a) ?? 0) - (pull.get(b) ?? 0) || a - b,
  );
  const columns: number[][] = [];
  let start = 0;
  for (let c = 0; c < count; c++) {
    const size = Math.floor(sorted.length / count) + (c < sorted.length % count ? 1 : 0);
    columns.push(sorted.slice(start, start + size).sort((a, b) => a - b));
    start += size;
  }
  return columns.filter((column) => column.length > 0);
}
