import { LowerBounds } from "./bounds.ts";
import { STEPS } from "./costs.ts";
import { earliestEntry } from "./earliestEntry.ts";
import { QUALIFIES } from "./facts.ts";
import { IntHeap } from "./heap.ts";
import { everyExamCounts, parallelLeaders, routeLook } from "./parallel.ts";
import type { RouteIndex } from "./routeIndex.ts";
import { ArrivalBounds, LeastSum } from "./waitBounds.ts";

/** Partial routes taken off the queue before the search gives up. Ample for hand-made maps. */
export const WORK_LIMIT = 4_000;
/** Nodes a search for a way still open to the goal looks at before it assumes there is one. */
const REACH_CAP = 512;

export interface SearchSetup {
  readonly index: RouteIndex;
  /** The objective's order of the cost slots. */
  readonly order: readonly number[];
  /** Honour requirements (true), or follow the arrows as drawn (false). */
  readonly honour: boolean;
  readonly from: number;
  /** Held credentials that count (known, not avoided, not `from`). */
  readonly held: readonly number[];
  /** The stops in order, then the goal; no node twice. */
  readonly checkpoints: readonly number[];
  readonly avoid: Uint8Array;
  /** With requirements: the nodes any route could ever enter ({@link requirementReach}). */
  readonly allowed: Uint8Array | null;
  readonly k: number;
  readonly workLimit?: number;
  /**
   * Drop a partial route when one taken off the queue earlier in the same situation (role, credentials
   * held, stops passed) is as good in every measure ({@link seenTooOften}): fast on big maps, but no longer
   * sure to be the best, since the earlier one may have used a node the best route needs.
   */
  readonly prune?: boolean;
}

interface Remaining {
  /** Months at the least, months at the most. */
  readonly arrival: readonly [ArrivalBounds, ArrivalBounds];
  readonly steps: LeastSum;
  readonly fees: LeastSum;
}

export interface FoundRoute {
  readonly start: number;
  /** Edge numbers in the order the route takes them. */
  readonly edges: number[];
  /** Cost in slot order: months at least, months at most, steps, fee cents. */
  readonly cost: readonly number[];
}

export interface SearchResult {
  readonly routes: FoundRoute[];
  /** False when the work limit stopped the search before it had k routes or had tried everything. */
  readonly complete: boolean;
}

/**
 * The k best routes, best first, by best-first (A*) enumeration of partial routes that never repeat a node.
 *
 * With requirements, the person is always at a position (or, starting from a credential, nowhere yet) and
 * holds credentials. A step is: along an "advances to" or "lateral" path from the position; "earn C" along a
 * "prepares for" path from the position, staying there; or into a position along a "qualifies for" path of a
 * credential held. Entering a position or sitting an exam needs one credential of each of its groups at that
 * moment, and the route waits until its elapsed time reaches the experience asked for. A step's time starts
 * when its source was entered or earned, so an exam prepared in a role overlaps with the time in that role.
 * Without requirements, a route is a chain of arrows from `from` or a held credential.
 *
 * The queue is ordered by cost so far plus a lower bound ({@link LowerBounds}) on the rest, taken from the
 * route's position and every credential it holds, since what is left of the route leaves from one of them;
 * so routes come off the queue best first and the first k that arrive are the k best (among equal costs,
 * the first found, which is deterministic). Among parallel paths only the quickest is followed, so routes
 * that differ only there are one route. A route that earns a credential it never uses (no later step
 * leaves from it or asks for it, and it is not a stop or the goal) is left out: it is a better route with
 * a pointless exam added.
 */
export function searchRoutes(setup: SearchSetup): SearchResult {
  const { index, order, honour, from, held, checkpoints, avoid, allowed, k } = setup;
  const { facts, outStart, outNode, outEdge, inStart, inNode } = index;
  const leaders = parallelLeaders(index);
  const n = index.ids.length;
  const checkpointAt = new Map(checkpoints.map((v, i) => [v, i]));
  const heldAtStart = new Uint8Array(n);
  for (const c of held) heldAtStart[c] = 1;
  // With requirements a credential one starts from is held; without, no route steps back into its start.
  if (!honour || facts.isCredential[from] === 1) heldAtStart[from] = 1;
  const bounds = checkpoints.map((c) => new LowerBounds(index, order, c, avoid));
  // Per checkpoint or credential asked for, each cost slot on its own: when the route can arrive there
  // (waits included), and the fewest steps and lowest fees to get there.
  const remaining = new Map<number, Remaining>();
  // Per node, months at the least and at the most before which no route can enter it.
  const slotWise = honour && order[0] !== STEPS;
  const earliest = slotWise
    ? [facts.rankMin, facts.rankMax].map((months) => earliestEntry(index, from, held, avoid, months))
    : [];
  const remainingTo = (target: number): Remaining => {
    let known = remaining.get(target);
    if (known === undefined) {
      known = {
        arrival: [
          new ArrivalBounds(index, target, avoid, facts.rankMin, earliest[0] as Float64Array),
          new ArrivalBounds(index, target, avoid, facts.rankMax, earliest[1] as Float64Array),
        ],
        steps: new LeastSum(index, avoid, target, () => 1),
        fees: new LeastSum(index, avoid, target, (x) => facts.rankFee[x] as number),
      };
      remaining.set(target, known);
    }
    return known;
  };
  const credentialBounds = new Map<number, LowerBounds>();
  const boundsTo = (c: number): LowerBounds => {
    let known = credentialBounds.get(c);
    if (known === undefined) {
      known = new LowerBounds(index, order, c, avoid);
      credentialBounds.set(c, known);
    }
    return known;
  };

  // Partial routes as a tree: each label is one step on from its parent.
  const parent: number[] = [];
  const edgeOf: number[] = [];
  const nodeOf: number[] = [];
  const posOf: number[] = [];
  const posT0: number[] = [];
  const posT1: number[] = [];
  const cost: number[][] = [[], [], [], []];
  const key: number[][] = [[], [], [], []];
  const tie: number[][] = [[], [], [], []];
  const progressOf: number[] = [];
  const startOf: number[] = [];
  const heldHash: number[] = [];
  const credentialCount: number[] = [];
  const [t0, t1, steps, fees] = cost as [number[], number[], number[], number[]];
  const heap = new IntHeap((a, b) => {
    for (const slot of order) {
      const x = key[slot]?.[a] as number;
      const y = key[slot]?.[b] as number;
      if (x !== y) return x < y;
    }
    for (const slot of order) {
      const x = tie[slot]?.[a] as number;
      const y = tie[slot]?.[b] as number;
      if (x !== y) return x < y;
    }
    return a > b; // equal: the newest first, which dives towards a goal instead of widening
  });

  const inChain = (label: number, v: number): number => {
    for (let i = label; i >= 0; i = parent[i] as number) if (nodeOf[i] === v) return i;
    return -1;
  };
  const holds = (label: number, c: number, without = -1) =>
    heldAtStart[c] === 1 || (c !== without && inChain(label, c) >= 0);
  const meets = (label: number, w: number, without = -1) => {
    for (const group of facts.groups[w] ?? []) {
      let met = false;
      for (const c of group) if (holds(label, c, without)) met = true;
      if (!met) return false;
    }
    return true;
  };
  const progressAfter = (progress: number, v: number) =>
    checkpoints[progress] === v ? progress + 1 : progress;

  /** The label's queue key: cost so far, raised to the best lower bound over where the rest can leave from. */
  // Scratch for the queue keys, reused so that computing a key allocates nothing.
  const candidate = new Float64Array(4);
  const best = new Float64Array(4);
  const bound = new Float64Array(4);
  const cheapest = new Float64Array(4);
  const less = (a: Float64Array, b: Float64Array) => {
    for (const slot of order) if (a[slot] !== b[slot]) return (a[slot] as number) < (b[slot] as number);
    return false;
  };
  /** Offers "the rest leaves from v, entered or earned at (at0, at1)" as a bound, keeping the smallest in `best`. */
  const consider = (label: number, v: number, at0: number, at1: number, b: LowerBounds) => {
    if (!b.reaches(v)) return;
    const d = b.dist;
    candidate[0] = at0 + (d[0]?.[v] as number);
    candidate[1] = at1 + (d[1]?.[v] as number);
    candidate[2] = (steps[label] as number) + (d[2]?.[v] as number);
    candidate[3] = (fees[label] as number) + (d[3]?.[v] as number);
    if (less(candidate, best)) best.set(candidate);
  };
  /** The best bound over every node the rest of the route can leave from, into `best`. */
  const boundWith = (label: number, b: LowerBounds) => {
    best.fill(Number.POSITIVE_INFINITY);
    if (!honour) {
      consider(label, nodeOf[label] as number, t0[label] as number, t1[label] as number, b);
      return;
    }
    const pos = posOf[label] as number;
    if (pos >= 0) consider(label, pos, posT0[label] as number, posT1[label] as number, b);
    for (const c of held) consider(label, c, 0, 0, b);
    if (facts.isCredential[from] === 1) consider(label, from, 0, 0, b);
    for (let i = label; (parent[i] as number) >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (facts.isCredential[v] === 1) consider(label, v, t0[i] as number, t1[i] as number, b);
    }
  };

  /**
   * The least of `f` over every node the rest of the route can leave from (its position and the credentials
   * it holds), each with the months (at the least, at the most) it was entered or earned at.
   */
  const overRoots = (label: number, f: (v: number, at0: number, at1: number) => number): number => {
    const pos = posOf[label] as number;
    let least = pos < 0 ? Number.POSITIVE_INFINITY : f(pos, posT0[label] as number, posT1[label] as number);
    for (const c of held) least = Math.min(least, f(c, 0, 0));
    if (facts.isCredential[from] === 1) least = Math.min(least, f(from, 0, 0));
    for (let i = label; (parent[i] as number) >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (facts.isCredential[v] === 1) least = Math.min(least, f(v, t0[i] as number, t1[i] as number));
    }
    return least;
  };
  /**
   * Whether the route of `label` could later enter `w` (ignoring requirements) on its way to checkpoint
   * `upTo`: a stop between here and there may come first, since the rest of the route need not run
   * through it (it can leave from the role or a credential held once the stop is passed).
   */
  const open = (label: number, w: number, progress: number, upTo: number) => {
    if (avoid[w] === 1 || heldAtStart[w] === 1 || (allowed !== null && allowed[w] !== 1)) return false;
    const at = checkpointAt.get(w);
    return (at === undefined || (at >= progress && at <= upTo)) && inChain(label, w) < 0;
  };
  /**
   * The least of `f` over the first step of what is left of the route when it leaves from `v`: along any
   * arrow from `v` into a node the route can still enter. `none` when `v` is already the checkpoint.
   */
  const firstSteps = (
    label: number,
    v: number,
    target: number,
    none: number,
    f: (e: number, w: number) => number,
  ) => {
    if (v === target) return none;
    const progress = progressOf[label] as number;
    const upTo = checkpointAt.get(target) ?? checkpoints.length - 1;
    let least = Number.POSITIVE_INFINITY;
    for (let slot = outStart[v] as number, end = outStart[v + 1] as number; slot < end; slot++) {
      const w = outNode[slot] as number;
      if (open(label, w, progress, upTo)) least = Math.min(least, f(outEdge[slot] as number, w));
    }
    return least;
  };
  /**
   * Into `into`, a lower bound on each cost slot on its own for reaching checkpoint `j`: the first step of
   * the rest enters a node the route has not used yet, no earlier than now; from there the least months
   * (with the waits), steps and fees of any chain of arrows.
   */
  const slotBounds = (label: number, target: number, into: Float64Array) => {
    const rest = remainingTo(target);
    const [least, most] = rest.arrival;
    const { rankMin, rankMax, rankFee, experienceMonths } = facts;
    const [e0, e1] = earliest as [Float64Array, Float64Array];
    const now0 = t0[label] as number;
    const now1 = t1[label] as number;
    const month0 = overRoots(label, (v, at0) =>
      firstSteps(label, v, target, now0, (e, w) =>
        least.arrival(
          w,
          Math.max(now0, at0 + (rankMin[e] as number), experienceMonths[w] as number, e0[w] as number),
        ),
      ),
    );
    const month1 = overRoots(label, (v, _at0, at1) =>
      firstSteps(label, v, target, now1, (e, w) =>
        most.arrival(
          w,
          Math.max(now1, at1 + (rankMax[e] as number), experienceMonths[w] as number, e1[w] as number),
        ),
      ),
    );
    const stepsLeft = overRoots(label, (v) =>
      firstSteps(label, v, target, 0, (_e, w) => 1 + rest.steps.from(w)),
    );
    const feesLeft = overRoots(label, (v) =>
      firstSteps(label, v, target, 0, (_e, w) => (rankFee[w] as number) + rest.fees.from(w)),
    );
    into[0] = Math.max(into[0] as number, month0);
    into[1] = Math.max(into[1] as number, month1);
    into[2] = Math.max(into[2] as number, (steps[label] as number) + stepsLeft);
    into[3] = Math.max(into[3] as number, (fees[label] as number) + feesLeft);
  };

  // Scratch for `stillLeadsTo`: per node, the label it was last marked for (used / root / seen).
  const usedBy = new Int32Array(n).fill(-1);
  const rootOf = new Int32Array(n).fill(-1);
  const seenBy = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  /**
   * Whether some chain of arrows still leads from where the route can leave (its position, a credential it
   * holds) to `target` through nodes it has not used: a route that used the only ways in can never finish,
   * and without this the search would try all its continuations before it can say so. Gives up (true)
   * after {@link REACH_CAP} nodes, so on big maps it costs little and only ever drops dead ends.
   */
  let stamp = 0;
  const stillLeadsTo = (label: number, target: number): boolean => {
    // Labels that lead nowhere are forgotten and their numbers reused, so each call marks with its own stamp.
    const mark = ++stamp;
    for (const c of held) rootOf[c] = mark;
    if (facts.isCredential[from] === 1) rootOf[from] = mark;
    const pos = posOf[label] as number;
    if (pos >= 0) rootOf[pos] = mark;
    for (let i = label; i >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      usedBy[v] = mark;
      if (facts.isCredential[v] === 1 && (parent[i] as number) >= 0) rootOf[v] = mark;
    }
    const progress = progressOf[label] as number;
    let size = 0;
    queue[size++] = target;
    seenBy[target] = mark;
    for (let head = 0; head < size; head++) {
      if (head >= REACH_CAP) return true;
      const x = queue[head] as number;
      for (let slot = inStart[x] as number, end = inStart[x + 1] as number; slot < end; slot++) {
        const u = inNode[slot] as number;
        if (rootOf[u] === mark) return true;
        if (seenBy[u] === mark || usedBy[u] === mark || avoid[u] === 1 || heldAtStart[u] === 1) continue;
        if (allowed !== null && allowed[u] !== 1) continue;
        const at = checkpointAt.get(u);
        if (at !== undefined && at !== progress) continue;
        seenBy[u] = mark;
        queue[size++] = u;
      }
    }
    return false;
  };

  /** The label's queue key: cost so far, raised to the best lower bound over where the rest can leave from. */
  const setKey = (label: number): boolean => {
    const progress = progressOf[label] as number;
    if (progress === checkpoints.length) {
      for (let s = 0; s < 4; s++) key[s]?.push(cost[s]?.[label] as number);
      for (let s = 0; s < 4; s++) tie[s]?.push(cost[s]?.[label] as number);
      return true;
    }
    if (honour && !stillLeadsTo(label, checkpoints[progress] as number)) return false;
    boundWith(label, bounds[progress] as LowerBounds);
    bound.set(best);
    if (progress < checkpoints.length - 1) {
      boundWith(label, bounds[checkpoints.length - 1] as LowerBounds);
      if (less(bound, best)) bound.set(best);
    }
    // A stop or goal asking for "one of" credentials none of which is held yet: the rest of the route must
    // also reach one of them, which costs at least the cheapest way to one.
    let wait = 0;
    if (honour) {
      for (let j = progress; j < checkpoints.length; j++) {
        const c = checkpoints[j] as number;
        wait = Math.max(wait, facts.experienceMonths[c] as number);
        for (const group of facts.groups[c] ?? []) {
          if (group.some((credential) => holds(label, credential))) continue;
          cheapest.fill(Number.POSITIVE_INFINITY);
          for (const credential of group) {
            boundWith(label, boundsTo(credential));
            if (less(best, cheapest)) cheapest.set(best);
          }
          if (less(bound, cheapest)) bound.set(cheapest);
        }
      }
    }
    if (bound[0] === Number.POSITIVE_INFINITY) return false;
    candidate[0] = t0[label] as number;
    candidate[1] = t1[label] as number;
    candidate[2] = steps[label] as number;
    candidate[3] = fees[label] as number;
    if (less(bound, candidate)) bound.set(candidate);
    for (let s = 0; s < 4; s++) tie[s]?.push(bound[s] as number);
    // The route cannot enter a stop or the goal before the experience it asks for, whatever the chain of
    // arrows says; only the lexicographically smallest cost with those years is a safe bound, so the plain
    // bound stays on as the tie-break among labels that this raises to the same key.
    if (wait > 0) {
      candidate.set([wait, wait, 0, 0]);
      if (less(bound, candidate)) bound.set(candidate);
    }
    // Each slot on its own bounds every completion, so together they bound it in any order of the slots.
    // Not worth their cost where steps come first: the plain bound already finds the fewest quickly.
    if (slotWise) {
      candidate[0] = t0[label] as number;
      candidate[1] = t1[label] as number;
      candidate[2] = steps[label] as number;
      candidate[3] = fees[label] as number;
      slotBounds(label, checkpoints[progress] as number, candidate);
      if (progress < checkpoints.length - 1) slotBounds(label, checkpoints.at(-1) as number, candidate);
      // A group of credentials a stop or the goal asks for, none held yet: the route earns one of them first.
      for (let j = progress; j < checkpoints.length; j++) {
        for (const group of facts.groups[checkpoints[j] as number] ?? []) {
          if (group.some((credential) => holds(label, credential))) continue;
          cheapest.fill(Number.POSITIVE_INFINITY);
          for (const credential of group) {
            best[0] = t0[label] as number;
            best[1] = t1[label] as number;
            best[2] = steps[label] as number;
            best[3] = fees[label] as number;
            slotBounds(label, credential, best);
            for (let s = 0; s < 4; s++) cheapest[s] = Math.min(cheapest[s] as number, best[s] as number);
          }
          for (let s = 0; s < 4; s++) candidate[s] = Math.max(candidate[s] as number, cheapest[s] as number);
        }
      }
      if (less(bound, candidate)) bound.set(candidate);
    }
    for (let s = 0; s < 4; s++) key[s]?.push(bound[s] as number);
    return true;
  };

  const addLabel = (
    up: number,
    edge: number,
    node: number,
    pos: number,
    p0: number,
    p1: number,
    c: readonly number[],
    progress: number,
    start: number,
  ) => {
    const label = parent.length;
    parent.push(up);
    edgeOf.push(edge);
    nodeOf.push(node);
    posOf.push(pos);
    posT0.push(p0);
    posT1.push(p1);
    for (let s = 0; s < 4; s++) cost[s]?.push(c[s] as number);
    progressOf.push(progress);
    startOf.push(start);
    // Which credentials the route has earned, as one number (an order-free hash) for the pruned search.
    heldHash.push(
      up < 0
        ? 0
        : facts.isCredential[node] === 1
          ? (heldHash[up] as number) ^ mix(node)
          : (heldHash[up] as number),
    );
    credentialCount.push(
      up < 0 ? 0 : (credentialCount[up] as number) + (facts.isCredential[node] === 1 ? 1 : 0),
    );
    if (setKey(label)) heap.push(label);
    else {
      // Nothing leads on from here: forget the label again.
      for (const list of [
        parent,
        edgeOf,
        nodeOf,
        posOf,
        posT0,
        posT1,
        progressOf,
        startOf,
        heldHash,
        credentialCount,
      ])
        list.pop();
      for (let s = 0; s < 4; s++) cost[s]?.pop();
    }
  };

  const startProgress = (s: number) => {
    let progress = progressAfter(0, s);
    if (honour)
      while (progress < checkpoints.length && heldAtStart[checkpoints[progress] as number]) progress++;
    return progress;
  };
  if (avoid[from] !== 1) {
    const pos = honour && facts.isCredential[from] === 1 ? -1 : from;
    addLabel(-1, -1, from, pos, 0, 0, [0, 0, 0, 0], startProgress(from), from);
  }
  if (!honour) for (const c of held) addLabel(-1, -1, c, c, 0, 0, [0, 0, 0, 0], startProgress(c), c);

  /** One step from `label` along edge `e` into `w`, leaving from a node entered at (a0, a1) months. */
  const step = (label: number, e: number, w: number, a0: number, a1: number) => {
    if (avoid[w] === 1 || heldAtStart[w] === 1 || inChain(label, w) >= 0) return;
    if (allowed !== null && allowed[w] !== 1) return;
    const progress = progressOf[label] as number;
    const at = checkpointAt.get(w);
    if (at !== undefined && at !== progress) return;
    const credential = facts.isCredential[w] === 1;
    if (honour && !meets(label, w)) return;
    // Exams taken one after another in one role: only in one order (by number), unless the later one needs
    // the earlier. Without times on "qualifies for" paths the order changes no cost, so this loses nothing.
    if (honour && credential && canonicalExams && (parent[label] as number) >= 0) {
      const last = nodeOf[label] as number;
      // A stop fixes the order of the exams around it: the other order may not pass it in turn.
      const free = at === undefined && !checkpointAt.has(last);
      if (free && facts.isCredential[last] === 1 && w < last && meets(label, w, last)) return;
    }
    const wait = honour ? (facts.experienceMonths[w] as number) : 0;
    const n0 = Math.max(t0[label] as number, a0 + (facts.rankMin[e] as number), wait);
    const n1 = Math.max(t1[label] as number, a1 + (facts.rankMax[e] as number), wait);
    const c = [n0, n1, (steps[label] as number) + 1, (fees[label] as number) + (facts.rankFee[w] as number)];
    const stays = honour && credential;
    const pos = stays ? (posOf[label] as number) : w;
    const p0 = stays ? (posT0[label] as number) : n0;
    const p1 = stays ? (posT1[label] as number) : n1;
    addLabel(
      label,
      e,
      w,
      pos,
      p0,
      p1,
      c,
      at === undefined ? progress : progress + 1,
      startOf[label] as number,
    );
  };

  let canonicalExams = true;
  for (let e = 0; e < facts.edgeKind.length; e++) {
    if (facts.edgeKind[e] === QUALIFIES && (facts.edgeMaxMonths[e] as number) > 0) canonicalExams = false;
  }
  const found: FoundRoute[] = [];
  const situations = new Map<string, number[]>();
  const expanded = new Map<string, number[]>();
  const looksOfLabels = new Map<number, string>();
  const chainMark = new Int32Array(n);
  const unusedMark = new Int32Array(n);
  const otherUnused = new Int32Array(n);
  const usedLater = new Int32Array(n);
  const earned0 = new Float64Array(n);
  const earned1 = new Float64Array(n);
  let chainStamp = 0;
  let labelMark = 0;
  // Exams taken one after another in one role, in another order, read as the same route: keep the first.
  const looks = new Set<string>();
  let work = 0;
  const limit = setup.workLimit ?? WORK_LIMIT;
  while (heap.size > 0 && found.length < k) {
    if (++work > limit) return { routes: found, complete: false };
    const label = heap.pop();
    if (setup.prune && seenTooOften(label)) continue;
    if (progressOf[label] !== checkpoints.length && dominated(label)) continue;
    if (progressOf[label] === checkpoints.length) {
      const route = toFound(label);
      if (honour && !everyExamCounts(index, route.edges, checkpoints)) continue;
      const look = routeLook(index, route.edges);
      if (!looks.has(look)) found.push(route);
      looks.add(look);
      continue;
    }
    const here = honour ? (posOf[label] as number) : (nodeOf[label] as number);
    if (here >= 0) {
      for (let slot = outStart[here] as number, end = outStart[here + 1] as number; slot < end; slot++) {
        if (leaders[slot] !== 1) continue;
        const e = outEdge[slot] as number;
        if (honour && facts.edgeKind[e] === QUALIFIES) continue;
        const a0 = honour ? (posT0[label] as number) : (t0[label] as number);
        const a1 = honour ? (posT1[label] as number) : (t1[label] as number);
        step(label, e, outNode[slot] as number, a0, a1);
      }
    }
    if (honour) {
      for (const [c, a0, a1] of heldCredentials(label)) {
        for (let slot = outStart[c] as number, end = outStart[c + 1] as number; slot < end; slot++) {
          const e = outEdge[slot] as number;
          if (leaders[slot] !== 1 || facts.edgeKind[e] !== QUALIFIES) continue;
          const q = outNode[slot] as number;
          if (q !== here) step(label, e, q, a0, a1);
        }
      }
    }
  }
  return { routes: found, complete: true };

  /**
   * Whether a partial route already taken off the queue in the same situation (role, stops passed,
   * credentials held) is at least as good in every respect (time, its range, steps, fees, time in the role).
   * Such a route can be continued every way this one can, except through nodes it has already used.
   */
  function seenTooOften(label: number): boolean {
    const situation = `${honour ? posOf[label] : nodeOf[label]}|${progressOf[label]}|${heldHash[label]}`;
    const front = situations.get(situation) ?? [];
    const measures = [t0, t1, steps, fees, posT0, posT1];
    if (front.some((other) => measures.every((m) => (m[other] as number) <= (m[label] as number))))
      return true;
    front.push(label);
    situations.set(situation, front);
    return false;
  }

  /**
   * Whether at least k partial routes already expanded, each reading differently, can do everything this
   * one can at no more cost: so every way this one goes on is matched by k different routes at least as
   * good, and none of its completions can be among the k best. One such route ("dominating") is in the
   * same situation (role, stops passed, the same credentials, each earned no later), has used no node this
   * one has not (so any continuation of this one is open to it), has no exam waiting to be used that this
   * one has used already, and is no later nor costlier in any measure.
   */
  function dominated(label: number): boolean {
    const situation = `${honour ? posOf[label] : nodeOf[label]}|${progressOf[label]}|${heldHash[label]}`;
    const front = expanded.get(situation);
    if (front === undefined) {
      expanded.set(situation, [label]);
      return false;
    }
    let marked = false;
    let lookOfDominators: Set<string> | undefined;
    for (const other of front) {
      if (
        credentialCount[other] !== credentialCount[label] ||
        (t0[other] as number) > (t0[label] as number) ||
        (t1[other] as number) > (t1[label] as number) ||
        (steps[other] as number) > (steps[label] as number) ||
        (fees[other] as number) > (fees[label] as number) ||
        (posT0[other] as number) > (posT0[label] as number) ||
        (posT1[other] as number) > (posT1[label] as number)
      )
        continue;
      if (!marked) {
        markChain(label);
        marked = true;
      }
      if (!chainWithin(other)) continue;
      if (k === 1) return true;
      lookOfDominators ??= new Set();
      lookOfDominators.add(lookOfLabel(other));
      if (lookOfDominators.size >= k) return true;
    }
    front.push(label);
    return false;
  }

  /** Marks the nodes of `label`'s route, each credential's months, and the exams it has not used yet. */
  function markChain(label: number): void {
    const mark = ++chainStamp;
    labelMark = mark;
    for (let i = label; i >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      chainMark[v] = mark;
      earned0[v] = t0[i] as number;
      earned1[v] = t1[i] as number;
    }
    markUnused(label, mark, unusedMark);
  }

  /** Whether `other`'s route used only nodes marked, earned each credential no later, and left no exam unused that the marked route used. */
  function chainWithin(other: number): boolean {
    const mark = labelMark;
    for (let i = other; i >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (chainMark[v] !== mark) return false;
      // Without times on "qualifies for" paths, when a credential was earned changes nothing later.
      if (!canonicalExams && (parent[i] as number) >= 0 && facts.isCredential[v] === 1) {
        if ((t0[i] as number) > (earned0[v] as number) || (t1[i] as number) > (earned1[v] as number))
          return false;
      }
    }
    const otherMark = ++chainStamp;
    markUnused(other, otherMark, otherUnused);
    for (let i = other; (parent[i] as number) >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (otherUnused[v] === otherMark && unusedMark[v] !== mark) return false;
    }
    return true;
  }

  /** Marks in `into` the credentials `label`'s route earned and no later step of it used yet. */
  function markUnused(label: number, mark: number, into: Int32Array): void {
    for (let i = label; (parent[i] as number) >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (facts.isCredential[v] === 1 && !checkpointAt.has(v) && usedLater[v] !== mark) into[v] = mark;
      const source = index.edges[edgeOf[i] as number]?.source;
      const from = source === undefined ? -1 : (index.indexOf.get(source) ?? -1);
      if (from >= 0) usedLater[from] = mark;
      for (const group of facts.groups[v] ?? []) for (const c of group) usedLater[c] = mark;
    }
  }

  function lookOfLabel(label: number): string {
    let look = looksOfLabels.get(label);
    if (look === undefined) {
      look = routeLook(index, toFound(label).edges);
      looksOfLabels.set(label, look);
    }
    return look;
  }

  function heldCredentials(label: number): [number, number, number][] {
    const list: [number, number, number][] = held.map((c) => [c, 0, 0]);
    if (honour && facts.isCredential[from] === 1) list.push([from, 0, 0]);
    for (let i = label; (parent[i] as number) >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      if (facts.isCredential[v] === 1) list.push([v, t0[i] as number, t1[i] as number]);
    }
    return list;
  }

  function toFound(label: number): FoundRoute {
    const edges: number[] = [];
    for (let i = label; (parent[i] as number) >= 0; i = parent[i] as number) edges.push(edgeOf[i] as number);
    edges.reverse();
    return {
      start: startOf[label] as number,
      edges,
      cost: [t0[label], t1[label], steps[label], fees[label]] as number[],
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
