import type { IntHeap } from "./heap.ts";
import type { RouteIndex } from "./routeIndex.ts";

/** The state of a lazy backward Dijkstra search: settled nodes, and a heap of entries naming nodes. */
export interface BackwardSearch {
  readonly index: RouteIndex;
  readonly avoid: Uint8Array;
  readonly settled: Uint8Array;
  readonly heap: IntHeap;
  readonly entryNode: readonly number[];
}

/**
 * Resumes `search` until `v` is settled or nothing is left, offering each unsettled, not avoided node `u`
 * with an arrow into a newly settled `x` to `relax` (the arrow is in-slot `slot` of `x`). True if `v` is
 * settled: some chain of arrows leads from it to the search's target.
 */
export function settleUntil(
  search: BackwardSearch,
  v: number,
  relax: (x: number, slot: number, u: number) => void,
): boolean {
  const { settled, heap, avoid, entryNode } = search;
  const { inStart, inNode } = search.index;
  while (settled[v] !== 1 && heap.size > 0) {
    const x = entryNode[heap.pop()] as number;
    if (settled[x] === 1) continue;
    settled[x] = 1;
    for (let slot = inStart[x] as number, end = inStart[x + 1] as number; slot < end; slot++) {
      const u = inNode[slot] as number;
      if (settled[u] !== 1 && avoid[u] !== 1) relax(x, slot, u);
    }
  }
  return settled[v] === 1;
}
