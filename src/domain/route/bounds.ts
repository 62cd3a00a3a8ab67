import { IntHeap } from "./heap.ts";
import type { RouteIndex } from "./routeIndex.ts";
import { settleUntil } from "./settle.ts";

/**
 * Lower bounds on what is left of a route: the cheapest chain of the map's arrows from a node to `target`,
 * ignoring requirements and repeated nodes, costs compared in the objective's order. A backward Dijkstra
 * search that only runs as far as the route search asks (it resumes when a node it has not settled yet is
 * asked for), so a query pays for the part of the map it looks at.
 */
export class LowerBounds {
  /** dist[slot][v]; Infinity where not (yet) reached. */
  readonly dist: Float64Array[];
  readonly settled: Uint8Array;
  readonly heap: IntHeap;
  /** Heap entries: a node and its cost when pushed (a node's cost may fall while an older entry waits). */
  readonly entryNode: number[] = [];
  private readonly entryCost: number[][] = [[], [], [], []];

  constructor(
    readonly index: RouteIndex,
    private readonly order: readonly number[],
    target: number,
    readonly avoid: Uint8Array,
  ) {
    const n = index.ids.length;
    this.dist = [0, 1, 2, 3].map(() => new Float64Array(n).fill(Number.POSITIVE_INFINITY));
    this.settled = new Uint8Array(n);
    const cost = this.entryCost;
    this.heap = new IntHeap((a, b) => {
      for (const slot of order) {
        const x = cost[slot]?.[a] as number;
        const y = cost[slot]?.[b] as number;
        if (x !== y) return x < y;
      }
      return false;
    });
    for (const d of this.dist) d[target] = 0;
    this.enqueue(target, 0, 0, 0, 0);
  }

  private enqueue(v: number, c0: number, c1: number, c2: number, c3: number): void {
    const entry = this.entryNode.length;
    this.entryNode.push(v);
    const [k0, k1, k2, k3] = this.entryCost as [number[], number[], number[], number[]];
    k0.push(c0);
    k1.push(c1);
    k2.push(c2);
    k3.push(c3);
    this.heap.push(entry);
  }

  /** Settles `v` if it can be reached; false when no chain of arrows leads from `v` to the target. */
  reaches(v: number): boolean {
    const [d0, d1, d2, d3] = this.dist as [Float64Array, Float64Array, Float64Array, Float64Array];
    const { inEdge } = this.index;
    const { rankMin, rankMax, rankFee } = this.index.facts;
    return settleUntil(this, v, (x, slot, u) => {
      const e = inEdge[slot] as number;
      const c0 = (d0[x] as number) + (rankMin[e] as number);
      const c1 = (d1[x] as number) + (rankMax[e] as number);
      const c2 = (d2[x] as number) + 1;
      const c3 = (d3[x] as number) + (rankFee[x] as number);
      if (!this.better(c0, c1, c2, c3, u)) return;
      d0[u] = c0;
      d1[u] = c1;
      d2[u] = c2;
      d3[u] = c3;
      this.enqueue(u, c0, c1, c2, c3);
    });
  }

  private better(c0: number, c1: number, c2: number, c3: number, u: number): boolean {
    for (const slot of this.order) {
      // Slots: 0 months least, 1 months most, 2 steps, 3 fees (costs.ts).
      const mine = slot === 0 ? c0 : slot === 1 ? c1 : slot === 2 ? c2 : c3;
      const theirs = this.dist[slot]?.[u] as number;
      if (mine !== theirs) return mine < theirs;
    }
    return false;
  }
}
