import { LowerBounds } from "./bounds.ts";
import { STEPS } from "./costs.ts";
import { DeadEnds } from "./deadEnds.ts";
import type { PartialRoutes } from "./partialRoutes.ts";
import type { SearchSetup } from "./searchSetup.ts";
import { SlotBounds } from "./slotBounds.ts";

/**
 * The queue keys of partial routes (decision 0013): cost so far, raised to lower bounds on the rest, the
 * larger of a lexicographic bound (the cheapest chain of arrows from where the rest can leave, raised for
 * the credentials and years a stop or the goal asks for) and the per-slot bounds ({@link SlotBounds}).
 * `key` orders the queue; `tie` (the plain lexicographic bound) breaks ties among equal keys.
 */
export class RouteKeys {
  readonly key: [number[], number[], number[], number[]] = [[], [], [], []];
  readonly tie: [number[], number[], number[], number[]] = [[], [], [], []];
  private readonly bounds: LowerBounds[];
  private readonly credentialBounds = new Map<number, LowerBounds>();
  private readonly slotBounds: SlotBounds | null;
  private readonly deadEnds: DeadEnds;
  // Scratch, reused so that computing a key allocates nothing.
  private readonly candidate = new Float64Array(4);
  private readonly best = new Float64Array(4);
  private readonly bound = new Float64Array(4);
  private readonly cheapest = new Float64Array(4);

  constructor(
    private readonly setup: SearchSetup,
    private readonly routes: PartialRoutes,
  ) {
    const { index, order, avoid, checkpoints, honour } = setup;
    this.bounds = checkpoints.map((c) => new LowerBounds(index, order, c, avoid));
    // Not worth their cost where steps come first: the plain bound already finds the fewest quickly.
    this.slotBounds = honour && order[0] !== STEPS ? new SlotBounds(setup, routes) : null;
    this.deadEnds = new DeadEnds(setup, routes);
  }

  /** Whether the queue should take `a` before `b`. */
  readonly before = (a: number, b: number): boolean => {
    const { order } = this.setup;
    for (const slot of order) {
      const x = this.key[slot]?.[a] as number;
      const y = this.key[slot]?.[b] as number;
      if (x !== y) return x < y;
    }
    for (const slot of order) {
      const x = this.tie[slot]?.[a] as number;
      const y = this.tie[slot]?.[b] as number;
      if (x !== y) return x < y;
    }
    return a > b; // equal: the newest first, which dives towards a goal instead of widening
  };

  private less(a: Float64Array, b: Float64Array): boolean {
    for (const slot of this.setup.order)
      if (a[slot] !== b[slot]) return (a[slot] as number) < (b[slot] as number);
    return false;
  }

  private boundsTo(c: number): LowerBounds {
    let known = this.credentialBounds.get(c);
    if (known === undefined) {
      known = new LowerBounds(this.setup.index, this.setup.order, c, this.setup.avoid);
      this.credentialBounds.set(c, known);
    }
    return known;
  }

  /** Into `best`: the least, over every node the rest of the route can leave from, of the cost through it. */
  private boundWith(label: number, b: LowerBounds): void {
    const { best, candidate } = this;
    const [, , steps, fees] = this.routes.cost;
    best.fill(Number.POSITIVE_INFINITY);
    const consider = (v: number, at0: number, at1: number) => {
      if (!b.reaches(v)) return;
      const d = b.dist;
      candidate[0] = at0 + (d[0]?.[v] as number);
      candidate[1] = at1 + (d[1]?.[v] as number);
      candidate[2] = (steps[label] as number) + (d[2]?.[v] as number);
      candidate[3] = (fees[label] as number) + (d[3]?.[v] as number);
      if (this.less(candidate, best)) best.set(candidate);
    };
    if (this.setup.honour) this.routes.forEachRoot(label, consider);
    else {
      const [t0, t1] = this.routes.cost;
      consider(this.routes.nodeOf[label] as number, t0[label] as number, t1[label] as number);
    }
  }

  private costSoFar(label: number, into: Float64Array): void {
    for (let s = 0; s < 4; s++) into[s] = this.routes.cost[s]?.[label] as number;
  }

  /** Pushes the key of the newest label `label`; false (and nothing pushed) when it leads nowhere. */
  push(label: number): boolean {
    const { honour, checkpoints } = this.setup;
    const { facts } = this.setup.index;
    const { candidate, best, bound, cheapest } = this;
    const progress = this.routes.progressOf[label] as number;
    if (progress === checkpoints.length) {
      for (let s = 0; s < 4; s++) this.key[s]?.push(this.routes.cost[s]?.[label] as number);
      for (let s = 0; s < 4; s++) this.tie[s]?.push(this.routes.cost[s]?.[label] as number);
      return true;
    }
    if (honour && !this.deadEnds.stillLeadsTo(label, checkpoints[progress] as number)) return false;
    this.boundWith(label, this.bounds[progress] as LowerBounds);
    bound.set(best);
    if (progress < checkpoints.length - 1) {
      this.boundWith(label, this.bounds[checkpoints.length - 1] as LowerBounds);
      if (this.less(bound, best)) bound.set(best);
    }
    // A stop or goal asking for "one of" credentials none of which is held yet: the rest of the route must
    // also reach one of them, which costs at least the cheapest way to one.
    let wait = 0;
    const missing = (group: ArrayLike<number>) =>
      !Array.prototype.some.call(group, (c: number) => this.routes.holds(label, c));
    if (honour) {
      for (let j = progress; j < checkpoints.length; j++) {
        const c = checkpoints[j] as number;
        wait = Math.max(wait, facts.experienceMonths[c] as number);
        for (const group of facts.groups[c] ?? []) {
          if (!missing(group)) continue;
          cheapest.fill(Number.POSITIVE_INFINITY);
          for (const credential of group) {
            this.boundWith(label, this.boundsTo(credential));
            if (this.less(best, cheapest)) cheapest.set(best);
          }
          if (this.less(bound, cheapest)) bound.set(cheapest);
        }
      }
    }
    if (bound[0] === Number.POSITIVE_INFINITY) return false;
    this.costSoFar(label, candidate);
    if (this.less(bound, candidate)) bound.set(candidate);
    for (let s = 0; s < 4; s++) this.tie[s]?.push(bound[s] as number);
    // The route cannot enter a stop or the goal before the experience it asks for, whatever the chain of
    // arrows says; only the lexicographically smallest cost with those years is a safe bound, so the plain
    // bound stays on as the tie-break among labels that this raises to the same key.
    if (wait > 0) {
      candidate.set([wait, wait, 0, 0]);
      if (this.less(bound, candidate)) bound.set(candidate);
    }
    const slotBounds = this.slotBounds;
    if (slotBounds !== null) {
      slotBounds.prepare(label);
      this.costSoFar(label, candidate);
      slotBounds.raise(label, checkpoints[progress] as number, candidate);
      if (progress < checkpoints.length - 1) slotBounds.raise(label, checkpoints.at(-1) as number, candidate);
      // A group of credentials a stop or the goal asks for, none held yet: the route earns one of them first.
      for (let j = progress; j < checkpoints.length; j++) {
        for (const group of facts.groups[checkpoints[j] as number] ?? []) {
          if (!missing(group)) continue;
          cheapest.fill(Number.POSITIVE_INFINITY);
          for (const credential of group) {
            this.costSoFar(label, best);
            slotBounds.raise(label, credential, best);
            for (let s = 0; s < 4; s++) cheapest[s] = Math.min(cheapest[s] as number, best[s] as number);
          }
          for (let s = 0; s < 4; s++) candidate[s] = Math.max(candidate[s] as number, cheapest[s] as number);
        }
      }
      if (this.less(bound, candidate)) bound.set(candidate);
    }
    for (let s = 0; s < 4; s++) this.key[s]?.push(bound[s] as number);
    return true;
  }
}
