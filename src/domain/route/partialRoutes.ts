import type { FoundRoute, SearchSetup } from "./searchSetup.ts";

/**
 * The partial routes of one search, as a tree: each one ("label") is one step on from its parent, stored
 * column-wise in plain arrays so that millions of labels cost little. Also what every route shares: the
 * credentials held at the start and where the stops are.
 */
export class PartialRoutes {
  readonly parent: number[] = [];
  readonly edgeOf: number[] = [];
  readonly nodeOf: number[] = [];
  /** The role the route is in (-1: starting from a credential, in none yet), and the months it was entered. */
  readonly posOf: number[] = [];
  readonly posT0: number[] = [];
  readonly posT1: number[] = [];
  /** Cost so far, per slot: months at least, months at most, steps, fee cents. */
  readonly cost: [number[], number[], number[], number[]] = [[], [], [], []];
  /** Stops passed (the index of the next checkpoint). */
  readonly progressOf: number[] = [];
  readonly startOf: number[] = [];
  /** The credentials earned, as one order-free hash, and how many. */
  readonly heldHash: number[] = [];
  readonly credentialCount: number[] = [];
  readonly heldAtStart: Uint8Array;
  readonly checkpointAt: Map<number, number>;

  constructor(private readonly setup: SearchSetup) {
    const { index, honour, from, held, checkpoints } = setup;
    this.heldAtStart = new Uint8Array(index.ids.length);
    for (const c of held) this.heldAtStart[c] = 1;
    // With requirements a credential one starts from is held; without, no route steps back into its start.
    if (!honour || index.facts.isCredential[from] === 1) this.heldAtStart[from] = 1;
    this.checkpointAt = new Map(checkpoints.map((v, i) => [v, i]));
  }

  get size(): number {
    return this.parent.length;
  }

  /** A new label one step on from `up` (-1 for a start); returns its number. */
  add(
    up: number,
    edge: number,
    node: number,
    at: { pos: number; p0: number; p1: number; progress: number; start: number },
    cost: readonly number[],
  ): number {
    const label = this.parent.length;
    const credential = up >= 0 && this.setup.index.facts.isCredential[node] === 1;
    this.parent.push(up);
    this.edgeOf.push(edge);
    this.nodeOf.push(node);
    this.posOf.push(at.pos);
    this.posT0.push(at.p0);
    this.posT1.push(at.p1);
    for (let s = 0; s < 4; s++) this.cost[s]?.push(cost[s] as number);
    this.progressOf.push(at.progress);
    this.startOf.push(at.start);
    this.heldHash.push(up < 0 ? 0 : (this.heldHash[up] as number) ^ (credential ? mix(node) : 0));
    this.credentialCount.push(up < 0 ? 0 : (this.credentialCount[up] as number) + (credential ? 1 : 0));
    return label;
  }

  /** Forgets the newest label again (one that leads nowhere), so its number is used for the next. */
  forgetNewest(): void {
    for (const list of [
      this.parent,
      this.edgeOf,
      this.nodeOf,
      this.posOf,
      this.posT0,
      this.posT1,
      this.progressOf,
      this.startOf,
      this.heldHash,
      this.credentialCount,
      ...this.cost,
    ])
      list.pop();
  }

  /** The label on `label`'s route that entered `v`, or -1. */
  inChain(label: number, v: number): number {
    for (let i = label; i >= 0; i = this.parent[i] as number) if (this.nodeOf[i] === v) return i;
    return -1;
  }

  /** Whether the route holds credential `c` (optionally as if it had not earned `without`). */
  holds(label: number, c: number, without = -1): boolean {
    return this.heldAtStart[c] === 1 || (c !== without && this.inChain(label, c) >= 0);
  }

  /** Whether the route holds one credential of each of `w`'s groups. */
  meets(label: number, w: number, without = -1): boolean {
    for (const group of this.setup.index.facts.groups[w] ?? []) {
      let met = false;
      for (const c of group) if (this.holds(label, c, without)) met = true;
      if (!met) return false;
    }
    return true;
  }

  /**
   * Calls `f` for every node the rest of the route can leave from, with the months (at the least, at the
   * most) it was entered or earned at: the role, the credentials held at the start and those earned.
   */
  forEachRoot(label: number, f: (v: number, at0: number, at1: number) => void): void {
    const { held, from, index } = this.setup;
    const { isCredential } = index.facts;
    const pos = this.posOf[label] as number;
    if (pos >= 0) f(pos, this.posT0[label] as number, this.posT1[label] as number);
    for (const c of held) f(c, 0, 0);
    if (isCredential[from] === 1) f(from, 0, 0);
    for (let i = label; (this.parent[i] as number) >= 0; i = this.parent[i] as number) {
      const v = this.nodeOf[i] as number;
      if (isCredential[v] === 1) f(v, this.cost[0][i] as number, this.cost[1][i] as number);
    }
  }

  /** The credentials the route can leave from, each with the months it was earned at (0: held at the start). */
  heldCredentials(label: number): [number, number, number][] {
    const { held, from, honour, index } = this.setup;
    const list: [number, number, number][] = held.map((c) => [c, 0, 0]);
    if (honour && index.facts.isCredential[from] === 1) list.push([from, 0, 0]);
    for (let i = label; (this.parent[i] as number) >= 0; i = this.parent[i] as number) {
      const v = this.nodeOf[i] as number;
      if (index.facts.isCredential[v] === 1)
        list.push([v, this.cost[0][i] as number, this.cost[1][i] as number]);
    }
    return list;
  }

  toFound(label: number): FoundRoute {
    const edges: number[] = [];
    for (let i = label; (this.parent[i] as number) >= 0; i = this.parent[i] as number)
      edges.push(this.edgeOf[i] as number);
    edges.reverse();
    return {
      start: this.startOf[label] as number,
      edges,
      cost: this.cost.map((slot) => slot[label] as number),
    };
  }
}

/** A well-spread 32-bit number for a node number (for hashing sets of credentials). */
function mix(v: number): number {
  let x = Math.imul(v + 0x9e3779b9, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}
