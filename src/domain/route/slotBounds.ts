import { earliestEntry } from "./earliestEntry.ts";
import type { PartialRoutes } from "./partialRoutes.ts";
import type { SearchSetup } from "./searchSetup.ts";
import { ArrivalBounds, LeastSum } from "./waitBounds.ts";

/** Per slot the bound's search, or null for a slot not bounded on its own ({@link SlotBounds.wanted}). */
interface Remaining {
  /** Months at the least, months at the most. */
  readonly arrival: readonly [ArrivalBounds | null, ArrivalBounds | null];
  readonly steps: LeastSum | null;
  readonly fees: LeastSum | null;
}

const NONE = new Float64Array(0);

/**
 * Lower bounds on each cost slot on its own for the rest of a route to a checkpoint or a credential
 * (decision 0013): when the route can arrive there with the waits the roles ask for, and the fewest steps
 * and lowest fees to get there. Each bounds every completion, so together they do in any order of slots.
 * Only the objective's first three slots are bounded this way: each slot costs lazy searches of its own
 * per target, and the last only breaks ties among routes equal in the others (the lexicographic bound still
 * covers it). With two, "fastest" met plateaus of equal months on the bundled map again.
 */
export class SlotBounds {
  private readonly remaining = new Map<number, Remaining>();
  /** Per node, months at the least and at the most before which no route can enter it. */
  private readonly earliest: readonly [Float64Array, Float64Array];
  /** Per cost slot, whether it is bounded on its own here. */
  private readonly wanted: readonly boolean[];
  // Scratch for prepare: per node the stamp of the last label that used it or stepped into it.
  private readonly used: Int32Array;
  private readonly stepSeen: Int32Array;
  private readonly stepIndex: Int32Array;
  private stamp = 0;
  private readonly stepNode: number[] = [];
  private readonly stepAt0: number[] = [];
  private readonly stepAt1: number[] = [];
  private readonly roots: number[] = [];

  constructor(
    private readonly setup: SearchSetup,
    private readonly routes: PartialRoutes,
  ) {
    const { index, from, held, avoid } = setup;
    const { rankMin, rankMax } = index.facts;
    this.used = new Int32Array(index.ids.length);
    this.stepSeen = new Int32Array(index.ids.length);
    this.stepIndex = new Int32Array(index.ids.length);
    this.wanted = [0, 1, 2, 3].map((slot) => setup.order.slice(0, 3).includes(slot));
    this.earliest = [
      this.wanted[0] ? earliestEntry(index, from, held, avoid, rankMin) : NONE,
      this.wanted[1] ? earliestEntry(index, from, held, avoid, rankMax) : NONE,
    ];
  }

  private remainingTo(target: number): Remaining {
    let known = this.remaining.get(target);
    if (known === undefined) {
      const { index, avoid } = this.setup;
      const { facts } = index;
      const [least, most, steps, fees] = this.wanted;
      known = {
        arrival: [
          least ? new ArrivalBounds(index, target, avoid, facts.rankMin, this.earliest[0]) : null,
          most ? new ArrivalBounds(index, target, avoid, facts.rankMax, this.earliest[1]) : null,
        ],
        steps: steps ? new LeastSum(index, avoid, target, () => 1) : null,
        fees: fees ? new LeastSum(index, avoid, target, (x) => facts.rankFee[x] as number) : null,
      };
      this.remaining.set(target, known);
    }
    return known;
  }

  /**
   * The first steps the rest of the route of `label` can take: into each node it has not used, from its
   * role or a credential it holds, the months (at the least, at the most) it could enter it at, no earlier
   * than now nor before the years the node asks for or its earliest entry. Call once per label before
   * {@link raise}, which uses them for each target the label's key asks about.
   */
  prepare(label: number): void {
    const mark = ++this.stamp;
    const { parent, nodeOf, cost, heldAtStart } = this.routes;
    for (let i = label; i >= 0; i = parent[i] as number) this.used[nodeOf[i] as number] = mark;
    const { avoid, allowed, index } = this.setup;
    const { outStart, outNode, outEdge, facts } = index;
    const { rankMin, rankMax, experienceMonths } = facts;
    const [e0, e1] = this.earliest;
    const now0 = cost[0][label] as number;
    const now1 = cost[1][label] as number;
    const { stepNode, stepAt0, stepAt1, roots } = this;
    stepNode.length = 0;
    stepAt0.length = 0;
    stepAt1.length = 0;
    roots.length = 0;
    this.routes.forEachRoot(label, (v, at0, at1) => {
      roots.push(v);
      for (let slot = outStart[v] as number, end = outStart[v + 1] as number; slot < end; slot++) {
        const w = outNode[slot] as number;
        if (avoid[w] === 1 || heldAtStart[w] === 1 || (allowed !== null && allowed[w] !== 1)) continue;
        if (this.used[w] === mark) continue;
        const e = outEdge[slot] as number;
        const enter0 = Math.max(
          now0,
          at0 + (rankMin[e] as number),
          experienceMonths[w] as number,
          e0[w] ?? 0,
        );
        const enter1 = Math.max(
          now1,
          at1 + (rankMax[e] as number),
          experienceMonths[w] as number,
          e1[w] ?? 0,
        );
        if (this.stepSeen[w] !== mark) {
          this.stepSeen[w] = mark;
          this.stepIndex[w] = stepNode.length;
          stepNode.push(w);
          stepAt0.push(enter0);
          stepAt1.push(enter1);
          continue;
        }
        const j = this.stepIndex[w] as number;
        stepAt0[j] = Math.min(stepAt0[j] as number, enter0);
        stepAt1[j] = Math.min(stepAt1[j] as number, enter1);
      }
    });
  }

  /**
   * Raises `into` (a cost, slot by slot) to a lower bound on each cost slot on its own for reaching
   * `target`: the rest of the route leaves from a node it can leave from (its role, a credential held); its
   * first step enters a node the route has not used yet ({@link prepare}); from there the least months
   * (with the waits), steps and fees of any chain of arrows. Nothing more when that node is the target.
   * A stop between here and the target may be entered on the way: the rest need not run through it, since it
   * can leave from the role or a credential held once the stop is passed.
   */
  raise(label: number, target: number, into: Float64Array): void {
    const rest = this.remainingTo(target);
    const [least, most] = rest.arrival;
    const { rankFee } = this.setup.index.facts;
    const [t0, t1, steps, fees] = this.routes.cost;
    const { checkpointAt } = this.routes;
    const progress = this.routes.progressOf[label] as number;
    const upTo = checkpointAt.get(target) ?? this.setup.checkpoints.length - 1;
    let month0 = Number.POSITIVE_INFINITY;
    let month1 = Number.POSITIVE_INFINITY;
    let stepsLeft = Number.POSITIVE_INFINITY;
    let feesLeft = Number.POSITIVE_INFINITY;
    if (this.roots.includes(target)) {
      [month0, month1, stepsLeft, feesLeft] = [t0[label] as number, t1[label] as number, 0, 0];
    }
    const { stepNode, stepAt0, stepAt1 } = this;
    const stepsRest = rest.steps;
    const feesRest = rest.fees;
    for (let j = 0; j < stepNode.length; j++) {
      const w = stepNode[j] as number;
      const at = checkpointAt.get(w);
      if (at !== undefined && (at < progress || at > upTo)) continue;
      if (least !== null) month0 = Math.min(month0, least.arrival(w, stepAt0[j] as number));
      if (most !== null) month1 = Math.min(month1, most.arrival(w, stepAt1[j] as number));
      if (stepsRest !== null) stepsLeft = Math.min(stepsLeft, 1 + stepsRest.from(w));
      if (feesRest !== null) feesLeft = Math.min(feesLeft, (rankFee[w] as number) + feesRest.from(w));
    }
    // A slot not bounded here is left as it was (Infinity would be no bound, but is not a lower one).
    if (least === null) month0 = 0;
    if (most === null) month1 = 0;
    if (stepsRest === null) stepsLeft = 0;
    if (feesRest === null) feesLeft = 0;
    into[0] = Math.max(into[0] as number, month0);
    into[1] = Math.max(into[1] as number, month1);
    into[2] = Math.max(into[2] as number, (steps[label] as number) + stepsLeft);
    into[3] = Math.max(into[3] as number, (fees[label] as number) + feesLeft);
  }
}
