import { IntHeap } from "./heap.ts";
import type { RouteIndex } from "./routeIndex.ts";
import { settleUntil } from "./settle.ts";

/** A lazy backward Dijkstra search over one number per node, settling nodes in increasing order. */
abstract class LazySearch {
  readonly value: Float64Array;
  readonly settled: Uint8Array;
  readonly heap: IntHeap;
  readonly entryNode: number[] = [];
  private readonly entryValue: number[] = [];

  constructor(
    readonly index: RouteIndex,
    readonly avoid: Uint8Array,
    target: number,
  ) {
    const n = index.ids.length;
    this.value = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.settled = new Uint8Array(n);
    const values = this.entryValue;
    this.heap = new IntHeap((a, b) => (values[a] as number) < (values[b] as number));
    this.value[target] = 0;
    this.enqueue(target, 0);
  }

  /** What reaching the target costs from `u` through the in-slot `slot` of the settled node `x`. */
  protected abstract through(x: number, slot: number): number;

  private enqueue(v: number, value: number): void {
    this.entryNode.push(v);
    this.entryValue.push(value);
    this.heap.push(this.entryNode.length - 1);
  }

  /** Settles `v` if it can be reached; false when no chain of arrows leads from `v` to the target. */
  reaches(v: number): boolean {
    const value = this.value;
    return settleUntil(this, v, (x, slot, u) => {
      const c = this.through(x, slot);
      if (c >= (value[u] as number)) return;
      value[u] = c;
      this.enqueue(u, c);
    });
  }
}

/** The least sum of `weight` over any chain of arrows from a node to the target. */
export class LeastSum extends LazySearch {
  constructor(
    index: RouteIndex,
    avoid: Uint8Array,
    target: number,
    /** What the arrow in in-slot `slot` into node `x` adds. */
    private readonly weight: (x: number, slot: number) => number,
  ) {
    super(index, avoid, target);
  }

  protected through(x: number, slot: number): number {
    return (this.value[x] as number) + this.weight(x, slot);
  }

  /** The least sum from `v`; Infinity when nothing leads from `v` to the target. */
  from(v: number): number {
    return this.reaches(v) ? (this.value[v] as number) : Number.POSITIVE_INFINITY;
  }
}

/**
 * The least "wait floor" of any chain of arrows from a node to the target: a chain entering nodes that ask
 * for experience cannot arrive before (experience asked at a node + least months from there on), whenever
 * it starts. Along an arrow u → x that is max(experience of x + least months from x, floor of x).
 */
class WaitFloor extends LazySearch {
  constructor(
    index: RouteIndex,
    avoid: Uint8Array,
    target: number,
    private readonly least: LeastSum,
    private readonly earliest: Float64Array,
  ) {
    super(index, avoid, target);
  }

  protected through(x: number, _slot: number): number {
    this.least.reaches(x);
    const wait = Math.max(this.index.facts.experienceMonths[x] as number, this.earliest[x] as number);
    return Math.max(wait + (this.least.value[x] as number), this.value[x] as number);
  }
}

/**
 * A lower bound on the month a route arrives at `target` when what is left of it is a chain of arrows from a
 * node entered at month `at`, honouring the experience a node asks for (no entering before that month).
 *
 * Entering x from u takes the route to max(entry of u + months of the arrow, experience of x), so a chain
 * P turns a start month t into max(t + D_P, W_P) for its months D_P and its wait floor W_P; and every chain
 * arrives no earlier than max(t + least D, least W), each taken over all chains on its own. Without it, the
 * search's bound ignores every wait but the goal's and explores every partial route quicker than the first
 * wait on the best one (on the bundled map, 120,000 partial routes for one question; see decision 0013).
 */
export class ArrivalBounds {
  private readonly least: LeastSum;
  private readonly floor: WaitFloor;

  /** `earliest`: per node, a month no route enters it before ({@link earliestEntry}). */
  constructor(
    index: RouteIndex,
    target: number,
    avoid: Uint8Array,
    months: Float64Array,
    earliest: Float64Array,
  ) {
    this.least = new LeastSum(
      index,
      avoid,
      target,
      (_x, slot) => months[index.inEdge[slot] as number] as number,
    );
    this.floor = new WaitFloor(index, avoid, target, this.least, earliest);
  }

  /** The bound leaving from `v` entered at month `at`; Infinity when nothing leads from `v` to the target. */
  arrival(v: number, at: number): number {
    if (!this.least.reaches(v)) return Number.POSITIVE_INFINITY;
    this.floor.reaches(v);
    return Math.max(at + (this.least.value[v] as number), this.floor.value[v] as number);
  }
}
