import { routeLook } from "./parallel.ts";
import type { PartialRoutes } from "./partialRoutes.ts";
import type { SearchSetup } from "./searchSetup.ts";

/**
 * Which partial routes taken off the queue need not be followed, because others already followed do all
 * they can at no more cost (decision 0013). Compares a route only with those in the same situation: the
 * same role, stops passed and credentials held.
 */
export class Dominance {
  private readonly expanded = new Map<number, number[]>();
  private readonly seen = new Map<number, number[]>();
  private readonly looks = new Map<number, string>();
  private readonly chainMark: Int32Array;
  private readonly unusedMark: Int32Array;
  private readonly otherUnused: Int32Array;
  private readonly usedLater: Int32Array;
  private readonly earned0: Float64Array;
  private readonly earned1: Float64Array;
  private stamp = 0;
  private labelMark = 0;

  constructor(
    private readonly setup: SearchSetup,
    private readonly routes: PartialRoutes,
    /** Whether when a credential was earned can change a later step ("qualifies for" paths take time). */
    private readonly earnedTimesMatter: boolean,
  ) {
    const n = setup.index.ids.length;
    this.chainMark = new Int32Array(n);
    this.unusedMark = new Int32Array(n);
    this.otherUnused = new Int32Array(n);
    this.usedLater = new Int32Array(n);
    this.earned0 = new Float64Array(n);
    this.earned1 = new Float64Array(n);
  }

  /** A number for the label's situation; labels that share it are compared in full ({@link noWorse}). */
  private situation(label: number): number {
    const { progressOf, heldHash } = this.routes;
    const here = this.here(label);
    return (
      Math.imul(here + 1, 0x9e3779b1) ^
      Math.imul((progressOf[label] as number) + 1, 0x85ebca77) ^
      (heldHash[label] as number)
    );
  }

  private here(label: number): number {
    return (this.setup.honour ? this.routes.posOf[label] : this.routes.nodeOf[label]) as number;
  }

  /** Whether `a` is in `b`'s situation (as far as numbers tell) and no later nor costlier in any measure. */
  private noWorse(a: number, b: number): boolean {
    const { cost, posT0, posT1, credentialCount, progressOf, heldHash } = this.routes;
    for (const slot of cost) if ((slot[a] as number) > (slot[b] as number)) return false;
    return (
      this.here(a) === this.here(b) &&
      progressOf[a] === progressOf[b] &&
      heldHash[a] === heldHash[b] &&
      credentialCount[a] === credentialCount[b] &&
      (posT0[a] as number) <= (posT0[b] as number) &&
      (posT1[a] as number) <= (posT1[b] as number)
    );
  }

  /**
   * Whether at least k partial routes already followed, each reading differently, can do everything this
   * one can at no more cost, so that each way this one goes on is matched by k different routes at least
   * as good and none of its completions can be among the k best. Such a route is in the same situation,
   * has used no node this one has not (any continuation of this one is open to it), earned each credential
   * no later, has no exam waiting to be used that this one has used already, and is no worse in any measure.
   */
  dominated(label: number): boolean {
    const key = this.situation(label);
    const front = this.expanded.get(key);
    if (front === undefined) {
      this.expanded.set(key, [label]);
      return false;
    }
    let marked = false;
    let looks: Set<string> | undefined;
    for (const other of front) {
      if (!this.noWorse(other, label)) continue;
      if (!marked) {
        this.markChain(label);
        marked = true;
      }
      if (!this.chainWithin(other)) continue;
      if (this.setup.k === 1) return true;
      looks ??= new Set();
      looks.add(this.lookOf(other));
      if (looks.size >= this.setup.k) return true;
    }
    front.push(label);
    return false;
  }

  /**
   * The fallback's rule ({@link SearchSetup.prune}): one route already taken off the queue in the same
   * situation is no worse in any measure, whatever nodes it used.
   */
  seenTooOften(label: number): boolean {
    const key = this.situation(label);
    const front = this.seen.get(key) ?? [];
    if (front.some((other) => this.noWorse(other, label))) return true;
    front.push(label);
    this.seen.set(key, front);
    return false;
  }

  /** Marks the nodes of `label`'s route, the months each was entered at, and the exams it has not used yet. */
  private markChain(label: number): void {
    const { parent, nodeOf, cost } = this.routes;
    const mark = ++this.stamp;
    this.labelMark = mark;
    for (let i = label; i >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      this.chainMark[v] = mark;
      this.earned0[v] = cost[0][i] as number;
      this.earned1[v] = cost[1][i] as number;
    }
    this.markUnused(label, mark, this.unusedMark);
  }

  /**
   * Whether `other`'s route used only nodes marked, earned each credential no later, and has no exam
   * waiting to be used that the marked route has used.
   */
  private chainWithin(other: number): boolean {
    const { parent, nodeOf, cost } = this.routes;
    const { isCredential } = this.setup.index.facts;
    const mark = this.labelMark;
    for (let i = other; i >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (this.chainMark[v] !== mark) return false;
      const earned = (parent[i] as number) >= 0 && isCredential[v] === 1;
      if (earned && this.earnedTimesMatter) {
        if ((cost[0][i] as number) > (this.earned0[v] as number)) return false;
        if ((cost[1][i] as number) > (this.earned1[v] as number)) return false;
      }
    }
    const otherMark = ++this.stamp;
    this.markUnused(other, otherMark, this.otherUnused);
    for (let i = other; (parent[i] as number) >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (this.otherUnused[v] === otherMark && this.unusedMark[v] !== mark) return false;
    }
    return true;
  }

  /**
   * Marks in `into` the credentials `label`'s route earned that no later step of it used yet (left from,
   * asked for); stops and the goal count as used.
   */
  private markUnused(label: number, mark: number, into: Int32Array): void {
    const { parent, nodeOf, edgeOf, checkpointAt } = this.routes;
    const { index } = this.setup;
    for (let i = label; (parent[i] as number) >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      const used = this.usedLater[v] === mark || checkpointAt.has(v);
      if (index.facts.isCredential[v] === 1 && !used) into[v] = mark;
      const from = index.indexOf.get(index.edges[edgeOf[i] as number]?.source ?? "");
      if (from !== undefined) this.usedLater[from] = mark;
      for (const group of index.facts.groups[v] ?? []) for (const c of group) this.usedLater[c] = mark;
    }
  }

  private lookOf(label: number): string {
    let look = this.looks.get(label);
    if (look === undefined) {
      look = routeLook(this.setup.index, this.routes.toFound(label).edges);
      this.looks.set(label, look);
    }
    return look;
  }
}
