import { IntHeap } from "./heap.ts";
import type { RouteIndex } from "./routeIndex.ts";
import type { FoundRoute } from "./searchSetup.ts";

/** A Dijkstra frontier with costs in the objective's order; entries keep the cost they were pushed with. */
class Frontier {
  readonly dist: Float64Array[];
  readonly settled: Uint8Array;
  readonly via: Int32Array;
  private readonly node: number[] = [];
  private readonly cost: number[][] = [[], [], [], []];
  private readonly heap: IntHeap;

  constructor(
    n: number,
    readonly order: readonly number[],
  ) {
    this.dist = [0, 1, 2, 3].map(() => new Float64Array(n).fill(Number.POSITIVE_INFINITY));
    this.settled = new Uint8Array(n);
    this.via = new Int32Array(n).fill(-1);
    const cost = this.cost;
    this.heap = new IntHeap((a, b) => {
      for (const slot of order) {
        const x = cost[slot]?.[a] as number;
        const y = cost[slot]?.[b] as number;
        if (x !== y) return x < y;
      }
      return (this.node[a] as number) < (this.node[b] as number);
    });
  }

  /** Lowers v's cost to c (reached along `edge`) if that is better; true if it was. */
  offer(v: number, c: readonly number[], edge: number): boolean {
    let better = false;
    for (const slot of this.order) {
      const mine = c[slot] as number;
      const theirs = this.dist[slot]?.[v] as number;
      if (mine === theirs) continue;
      better = mine < theirs;
      break;
    }
    if (!better) return false;
    for (let s = 0; s < 4; s++) (this.dist[s] as Float64Array)[v] = c[s] as number;
    this.via[v] = edge;
    const entry = this.node.length;
    this.node.push(v);
    for (let s = 0; s < 4; s++) this.cost[s]?.push(c[s] as number);
    this.heap.push(entry);
    return true;
  }

  /** The cheapest unsettled node, settled now, or -1 when none is left. */
  next(): number {
    while (this.heap.size > 0) {
      const v = this.node[this.heap.pop()] as number;
      if (this.settled[v] === 1) continue;
      this.settled[v] = 1;
      return v;
    }
    return -1;
  }

  /** The cost of the cheapest unsettled entry, or null. */
  top(): number[] | null {
    while (this.heap.size > 0) {
      const entry = this.heap.peek();
      const v = this.node[entry] as number;
      if (this.settled[v] !== 1) return [0, 1, 2, 3].map((s) => this.cost[s]?.[entry] as number);
      this.heap.pop();
    }
    return null;
  }
}

/**
 * The best chain of arrows from any of `starts` to `target` (no requirements, one route): a bidirectional
 * Dijkstra search on the compact index, stopping once the two frontiers together cannot beat the best
 * meeting found. Costs have a positive step count, so the best chain never repeats a node. `closed` nodes
 * are never entered (avoided ones, and starts, which routes never step back into); null if none.
 */
export function bestChain(
  index: RouteIndex,
  order: readonly number[],
  starts: readonly number[],
  target: number,
  avoid: Uint8Array,
  closed: Uint8Array,
): FoundRoute | null {
  if (avoid[target] === 1) return null;
  const n = index.ids.length;
  const { facts, outStart, outNode, outEdge, inStart, inNode, inEdge } = index;
  const forward = new Frontier(n, order);
  const backward = new Frontier(n, order);
  const zero = [0, 0, 0, 0];
  for (const s of starts) if (avoid[s] !== 1) forward.offer(s, zero, -1);
  backward.offer(target, zero, -1);
  let best: number[] | null = null;
  let meet = -1;
  const less = (a: readonly number[], b: readonly number[]) => {
    for (const slot of order) if (a[slot] !== b[slot]) return (a[slot] as number) < (b[slot] as number);
    return false;
  };
  const consider = (v: number) => {
    const total = [0, 1, 2, 3].map(
      (s) => (forward.dist[s]?.[v] as number) + (backward.dist[s]?.[v] as number),
    );
    if (total[0] === Number.POSITIVE_INFINITY) return;
    if (best === null || less(total, best)) {
      best = total;
      meet = v;
    }
  };
  const step = (e: number, w: number, base: number, frontier: Frontier) => {
    const c = [
      (frontier.dist[0]?.[base] as number) + (facts.rankMin[e] as number),
      (frontier.dist[1]?.[base] as number) + (facts.rankMax[e] as number),
      (frontier.dist[2]?.[base] as number) + 1,
      (frontier.dist[3]?.[base] as number) + (facts.rankFee[frontier === forward ? w : base] as number),
    ];
    if (frontier.offer(w, c, e)) consider(w);
  };
  consider(target);
  for (;;) {
    const f = forward.top();
    const b = backward.top();
    if (f === null || b === null) break;
    if (
      best !== null &&
      !less(
        [0, 1, 2, 3].map((s) => (f[s] as number) + (b[s] as number)),
        best,
      )
    )
      break;
    if (less(f, b) || f.every((x, s) => x === b[s])) {
      const u = forward.next();
      for (let slot = outStart[u] as number, end = outStart[u + 1] as number; slot < end; slot++) {
        const w = outNode[slot] as number;
        if (avoid[w] === 1 || closed[w] === 1 || forward.settled[w] === 1) continue;
        step(outEdge[slot] as number, w, u, forward);
      }
    } else {
      const x = backward.next();
      if (closed[x] === 1) continue;
      for (let slot = inStart[x] as number, end = inStart[x + 1] as number; slot < end; slot++) {
        const u = inNode[slot] as number;
        if (avoid[u] === 1 || backward.settled[u] === 1) continue;
        step(inEdge[slot] as number, u, x, backward);
      }
    }
  }
  if (best === null) return null;
  const head: number[] = [];
  let v = meet;
  while (forward.via[v] !== -1) {
    const e = forward.via[v] as number;
    head.push(e);
    v = index.indexOf.get(index.edges[e]?.source ?? "") ?? -1;
  }
  const start = v;
  const tail: number[] = [];
  v = meet;
  while (backward.via[v] !== -1) {
    const e = backward.via[v] as number;
    tail.push(e);
    v = index.indexOf.get(index.edges[e]?.target ?? "") ?? -1;
  }
  return { start, edges: [...head.reverse(), ...tail], cost: best };
}
