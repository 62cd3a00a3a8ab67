import { IntHeap } from "./heap.ts";
import type { RouteIndex } from "./routeIndex.ts";

/**
 * For each node, a month before which no route from `from` (holding `held`) can enter or earn it, with
 * requirements honoured: entering x from u takes at least (u's month + the arrow's months), never before
 * the experience x asks for, and never before one credential of each of x's groups could be held. Ignores
 * that a route never repeats a node, so it is a lower bound; Infinity where no route can ever get.
 *
 * A Dijkstra search whose nodes wait for their groups: credentials are settled in increasing month, so the
 * first credential of a group to be settled is the group's earliest, and a node is offered once every
 * group has one. The route search uses it as the wait of each node, which lets its bounds see that a way in
 * needs a credential that takes long to get (decision 0013).
 */
export function earliestEntry(
  index: RouteIndex,
  from: number,
  held: readonly number[],
  avoid: Uint8Array,
  months: Float64Array,
): Float64Array {
  const { facts, outStart, outNode, outEdge } = index;
  const n = index.ids.length;
  const month = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const arrive = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  // Per node: how many of its groups have no settled credential yet, and the month the last one got one.
  const unmet = new Int32Array(n);
  const groupsAt = new Float64Array(n);
  const waiting = new Map<number, number[]>();
  facts.groups.forEach((groups, w) => {
    unmet[w] = groups.length;
    groups.forEach((group) => {
      for (const c of group) {
        const list = waiting.get(c);
        if (list === undefined) waiting.set(c, [w]);
        else if (list.at(-1) !== w) list.push(w);
      }
    });
  });
  const metGroup = new Set<string>();
  const settled = new Uint8Array(n);
  const entryNode: number[] = [];
  const entryMonth: number[] = [];
  const heap = new IntHeap((a, b) => (entryMonth[a] as number) < (entryMonth[b] as number));
  const push = (w: number, m: number) => {
    month[w] = m;
    entryNode.push(w);
    entryMonth.push(m);
    heap.push(entryNode.length - 1);
  };
  const offer = (w: number) => {
    if (settled[w] === 1 || unmet[w] !== 0 || arrive[w] === Number.POSITIVE_INFINITY) return;
    const m = Math.max(arrive[w] as number, facts.experienceMonths[w] as number, groupsAt[w] as number);
    if (m < (month[w] as number)) push(w, m);
  };
  // Where the route starts, and what it holds, count from month 0 whatever they ask for.
  for (const s of [from, ...held]) if (avoid[s] !== 1) push(s, 0);
  while (heap.size > 0) {
    const u = entryNode[heap.pop()] as number;
    if (settled[u] === 1) continue;
    settled[u] = 1;
    const at = month[u] as number;
    if (facts.isCredential[u] === 1) {
      for (const w of waiting.get(u) ?? []) {
        (facts.groups[w] ?? []).forEach((group, g) => {
          const name = `${w}:${g}`;
          if (metGroup.has(name) || !group.includes(u)) return;
          metGroup.add(name);
          unmet[w] = (unmet[w] as number) - 1;
          groupsAt[w] = Math.max(groupsAt[w] as number, at);
        });
        offer(w);
      }
    }
    for (let slot = outStart[u] as number, end = outStart[u + 1] as number; slot < end; slot++) {
      const w = outNode[slot] as number;
      if (avoid[w] === 1 || settled[w] === 1) continue;
      const m = at + (months[outEdge[slot] as number] as number);
      if (m < (arrive[w] as number)) arrive[w] = m;
      offer(w);
    }
  }
  return month;
}
