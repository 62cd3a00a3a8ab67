import { earliestEntry } from "./earliestEntry.ts";
import type { PartialRoutes } from "./partialRoutes.ts";
import type { SearchSetup } from "./searchSetup.ts";
import { ArrivalBounds, LeastSum } from "./waitBounds.ts";

interface Remaining {
  /** Months at the least, months at the most. */
  readonly arrival: readonly [ArrivalBounds, ArrivalBounds];
  readonly steps: LeastSum;
  readonly fees: LeastSum;
}

/**
 * Lower bounds on each cost slot on its own for the rest of a route to a checkpoint or a credential
 * (decision 0013): when the route can arrive there with the waits the roles ask for, and the fewest steps
 * and lowest fees to get there. Each bounds every completion, so together they do in any order of slots.
 */
export class SlotBounds {
  private readonly remaining = new Map<number, Remaining>();
  /** Per node, months at the least and at the most before which no route can enter it. */
  private readonly earliest: readonly [Float64Array, Float64Array];

  constructor(
    private readonly setup: SearchSetup,
    private readonly routes: PartialRoutes,
  ) {
    const { index, from, held, avoid } = setup;
    const { rankMin, rankMax } = index.facts;
    this.earliest = [
      earliestEntry(index, from, held, avoid, rankMin),
      earliestEntry(index, from, held, avoid, rankMax),
    ];
  }

  private remainingTo(target: number): Remaining {
    let known = this.remaining.get(target);
    if (known === undefined) {
      const { index, avoid } = this.setup;
      const { facts } = index;
      known = {
        arrival: [
          new ArrivalBounds(index, target, avoid, facts.rankMin, this.earliest[0]),
          new ArrivalBounds(index, target, avoid, facts.rankMax, this.earliest[1]),
        ],
        steps: new LeastSum(index, avoid, target, () => 1),
        fees: new LeastSum(index, avoid, target, (x) => facts.rankFee[x] as number),
      };
      this.remaining.set(target, known);
    }
    return known;
  }

  /** The least of `f` over every node the rest of the route can leave from. */
  private overRoots(label: number, f: (v: number, at0: number, at1: number) => number): number {
    let least = Number.POSITIVE_INFINITY;
    this.routes.forEachRoot(label, (v, at0, at1) => {
      least = Math.min(least, f(v, at0, at1));
    });
    return least;
  }

  /**
   * Whether the route of `label` could later enter `w` (ignoring requirements) on its way to checkpoint
   * `upTo`: a stop between here and there may come first, since the rest of the route need not run
   * through it (it can leave from the role or a credential held once the stop is passed).
   */
  private open(label: number, w: number, progress: number, upTo: number): boolean {
    const { avoid, allowed } = this.setup;
    if (avoid[w] === 1 || this.routes.heldAtStart[w] === 1 || (allowed !== null && allowed[w] !== 1))
      return false;
    const at = this.routes.checkpointAt.get(w);
    return (at === undefined || (at >= progress && at <= upTo)) && this.routes.inChain(label, w) < 0;
  }

  /**
   * The least of `f` over the first step of what is left of the route when it leaves from `v`: along any
   * arrow from `v` into a node the route can still enter. `none` when `v` is already the target.
   */
  private firstSteps(
    label: number,
    v: number,
    target: number,
    none: number,
    f: (e: number, w: number) => number,
  ): number {
    if (v === target) return none;
    const { outStart, outNode, outEdge } = this.setup.index;
    const progress = this.routes.progressOf[label] as number;
    const upTo = this.routes.checkpointAt.get(target) ?? this.setup.checkpoints.length - 1;
    let least = Number.POSITIVE_INFINITY;
    for (let slot = outStart[v] as number, end = outStart[v + 1] as number; slot < end; slot++) {
      const w = outNode[slot] as number;
      if (this.open(label, w, progress, upTo)) least = Math.min(least, f(outEdge[slot] as number, w));
    }
    return least;
  }

  /**
   * Raises `into` (a cost, slot by slot) to a lower bound on each cost slot on its own for reaching
   * `target`: the first step of the rest enters a node the route has not used yet, no earlier than now;
   * from there the least months (with the waits), steps and fees of any chain of arrows.
   */
  raise(label: number, target: number, into: Float64Array): void {
    const rest = this.remainingTo(target);
    const [least, most] = rest.arrival;
    const { rankMin, rankMax, rankFee, experienceMonths } = this.setup.index.facts;
    const [e0, e1] = this.earliest;
    const [t0, t1, steps, fees] = this.routes.cost;
    const now0 = t0[label] as number;
    const now1 = t1[label] as number;
    const month0 = this.overRoots(label, (v, at0) =>
      this.firstSteps(label, v, target, now0, (e, w) =>
        least.arrival(
          w,
          Math.max(now0, at0 + (rankMin[e] as number), experienceMonths[w] as number, e0[w] as number),
        ),
      ),
    );
    const month1 = this.overRoots(label, (v, _at0, at1) =>
      this.firstSteps(label, v, target, now1, (e, w) =>
        most.arrival(
          w,
          Math.max(now1, at1 + (rankMax[e] as number), experienceMonths[w] as number, e1[w] as number),
        ),
      ),
    );
    const stepsLeft = this.overRoots(label, (v) =>
      this.firstSteps(label, v, target, 0, (_e, w) => 1 + rest.steps.from(w)),
    );
    const feesLeft = this.overRoots(label, (v) =>
      this.firstSteps(label, v, target, 0, (_e, w) => (rankFee[w] as number) + rest.fees.from(w)),
    );
    into[0] = Math.max(into[0] as number, month0);
    into[1] = Math.max(into[1] as number, month1);
    into[2] = Math.max(into[2] as number, (steps[label] as number) + stepsLeft);
    into[3] = Math.max(into[3] as number, (fees[label] as number) + feesLeft);
  }
}
