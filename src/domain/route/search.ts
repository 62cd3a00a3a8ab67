import { Dominance } from "./dominance.ts";
import { QUALIFIES } from "./facts.ts";
import { IntHeap } from "./heap.ts";
import { everyExamCounts, parallelLeaders, routeLook } from "./parallel.ts";
import { PartialRoutes } from "./partialRoutes.ts";
import { RouteKeys } from "./routeKeys.ts";
import { type FoundRoute, type SearchResult, type SearchSetup, WORK_LIMIT } from "./searchSetup.ts";

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
 * The queue is ordered by cost so far plus a lower bound on the rest ({@link RouteKeys}), taken from the
 * route's position and every credential it holds, since what is left of the route leaves from one of them;
 * so routes come off the queue best first and the first k that arrive are the k best (among equal costs,
 * the first found, which is deterministic). A partial route that k others already followed can match in
 * every way is not followed ({@link Dominance}). Among parallel paths only the quickest is followed, so
 * routes that differ only there are one route. A route that earns a credential it never uses (no later step
 * leaves from it or asks for it, and it is not a stop or the goal) is left out: it is a better route with a
 * pointless exam added.
 */
export function searchRoutes(setup: SearchSetup): SearchResult {
  const { index, honour, from, held, checkpoints, avoid, allowed, k } = setup;
  const { facts, outStart, outNode, outEdge } = index;
  const leaders = parallelLeaders(index);
  const routes = new PartialRoutes(setup);
  const keys = new RouteKeys(setup, routes);
  const heap = new IntHeap(keys.before);
  const { parent, nodeOf, posOf, posT0, posT1, progressOf, startOf, heldAtStart, checkpointAt } = routes;
  const [t0, t1, steps, fees] = routes.cost;
  // Exams taken one after another in one role: only in one order (by number), unless the later one needs the
  // earlier. Without times on "qualifies for" paths the order changes no cost, so this loses nothing.
  let canonicalExams = true;
  for (let e = 0; e < facts.edgeKind.length; e++) {
    if (facts.edgeKind[e] === QUALIFIES && (facts.edgeMaxMonths[e] as number) > 0) canonicalExams = false;
  }
  const dominance = new Dominance(setup, routes, !canonicalExams);

  const add = (
    up: number,
    edge: number,
    node: number,
    at: Parameters<PartialRoutes["add"]>[3],
    c: number[],
  ) => {
    const label = routes.add(up, edge, node, at, c);
    if (keys.push(label)) heap.push(label);
    else routes.forgetNewest(); // nothing leads on from here
  };

  const startProgress = (s: number) => {
    let progress = checkpoints[0] === s ? 1 : 0;
    if (honour)
      while (progress < checkpoints.length && heldAtStart[checkpoints[progress] as number]) progress++;
    return progress;
  };
  const zero = () => [0, 0, 0, 0];
  if (avoid[from] !== 1) {
    const pos = honour && facts.isCredential[from] === 1 ? -1 : from;
    add(-1, -1, from, { pos, p0: 0, p1: 0, progress: startProgress(from), start: from }, zero());
  }
  if (!honour)
    for (const c of held)
      add(-1, -1, c, { pos: c, p0: 0, p1: 0, progress: startProgress(c), start: c }, zero());

  /** One step from `label` along edge `e` into `w`, leaving from a node entered at (a0, a1) months. */
  const step = (label: number, e: number, w: number, a0: number, a1: number) => {
    if (avoid[w] === 1 || heldAtStart[w] === 1 || routes.inChain(label, w) >= 0) return;
    if (allowed !== null && allowed[w] !== 1) return;
    const progress = progressOf[label] as number;
    const at = checkpointAt.get(w);
    if (at !== undefined && at !== progress) return;
    const credential = facts.isCredential[w] === 1;
    if (honour && !routes.meets(label, w)) return;
    if (honour && credential && canonicalExams && (parent[label] as number) >= 0) {
      const last = nodeOf[label] as number;
      // A stop fixes the order of the exams around it: the other order may not pass it in turn.
      const free = at === undefined && !checkpointAt.has(last);
      if (free && facts.isCredential[last] === 1 && w < last && routes.meets(label, w, last)) return;
    }
    const wait = honour ? (facts.experienceMonths[w] as number) : 0;
    const n0 = Math.max(t0[label] as number, a0 + (facts.rankMin[e] as number), wait);
    const n1 = Math.max(t1[label] as number, a1 + (facts.rankMax[e] as number), wait);
    const c = [n0, n1, (steps[label] as number) + 1, (fees[label] as number) + (facts.rankFee[w] as number)];
    const stays = honour && credential;
    add(
      label,
      e,
      w,
      {
        pos: stays ? (posOf[label] as number) : w,
        p0: stays ? (posT0[label] as number) : n0,
        p1: stays ? (posT1[label] as number) : n1,
        progress: at === undefined ? progress : progress + 1,
        start: startOf[label] as number,
      },
      c,
    );
  };

  const found: FoundRoute[] = [];
  // Exams taken one after another in one role, in another order, read as the same route: keep the first.
  const looks = new Set<string>();
  let work = 0;
  const limit = setup.workLimit ?? WORK_LIMIT;
  while (heap.size > 0 && found.length < k) {
    if (++work > limit) return { routes: found, complete: false };
    const label = heap.pop();
    if (setup.prune && dominance.seenTooOften(label)) continue;
    if (progressOf[label] === checkpoints.length) {
      const route = routes.toFound(label);
      if (honour && !everyExamCounts(index, route.edges, checkpoints)) continue;
      const look = routeLook(index, route.edges);
      if (!looks.has(look)) found.push(route);
      looks.add(look);
      continue;
    }
    if (dominance.dominated(label)) continue;
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
      for (const [c, a0, a1] of routes.heldCredentials(label)) {
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
}
