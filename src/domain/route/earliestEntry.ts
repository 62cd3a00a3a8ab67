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
  const { groupStart, waitStart, waitGroup, groupNode } = groupWaits(index);
  // Per node: how many of its groups have no settled credential yet, and the month the last one got one.
  const unmet = new Int32Array(n);
  for (let w = 0; w < n; w++) unmet[w] = (groupStart[w + 1] as number) - (groupStart[w] as number);
  const groupsAt = new Float64Array(n);
  const metGroup = new Uint8Array(groupNode.length);
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
    for (let i = waitStart[u] as number, end = waitStart[u + 1] as number; i < end; i++) {
      const g = waitGroup[i] as number;
      if (metGroup[g] === 1) continue;
      metGroup[g] = 1;
      const w = groupNode[g] as number;
      unmet[w] = (unmet[w] as number) - 1;
      groupsAt[w] = Math.max(groupsAt[w] as number, at);
      offer(w);
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

interface GroupWaits {
  /** Per node, where its groups start in the list of all groups (numbered node by node). */
  readonly groupStart: Int32Array;
  /** Per group, its node. */
  readonly groupNode: Int32Array;
  /** Per credential, where its groups (those it is one of) start in `waitGroup`. */
  readonly waitStart: Int32Array;
  readonly waitGroup: Int32Array;
}

const groupWaitsByIndex = new WeakMap<RouteIndex, GroupWaits>();

/** Which groups each credential meets, built once per map: every route question asks the same. */
function groupWaits(index: RouteIndex): GroupWaits {
  const known = groupWaitsByIndex.get(index);
  if (known) return known;
  const n = index.ids.length;
  const groupStart = new Int32Array(n + 1);
  const nodes: number[] = [];
  const pairs: [number, number][] = [];
  index.facts.groups.forEach((groups, w) => {
    groups.forEach((group) => {
      const g = nodes.length;
      nodes.push(w);
      for (const c of new Set(group)) pairs.push([c, g]);
    });
    groupStart[w + 1] = nodes.length;
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const waitStart = new Int32Array(n + 1);
  for (const [c] of pairs) waitStart[c + 1] = (waitStart[c + 1] as number) + 1;
  for (let c = 0; c < n; c++) waitStart[c + 1] = (waitStart[c + 1] as number) + (waitStart[c] as number);
  const waits = {
    groupStart,
    groupNode: Int32Array.from(nodes),
    waitStart,
    waitGroup: Int32Array.from(pairs, ([, g]) => g),
  };
  groupWaitsByIndex.set(index, waits);
  return waits;
}
