import { bestChain } from "./chain.ts";
import { COST_ORDER, compareCosts, FEES, STEPS, YEARS_MAX, YEARS_MIN } from "./costs.ts";
import { explainNoRoute } from "./noRoute.ts";
import { defaultObjective, MAX_ROUTES, type RouteQuestion } from "./question.ts";
import { requirementReach } from "./reach.ts";
import type { RouteIndex } from "./routeIndex.ts";
import { searchRoutes } from "./search.ts";
import { type FoundRoute, type SearchResult, type SearchSetup, WORK_LIMIT } from "./searchSetup.ts";
import type { Route, RouteAnswer } from "./types.ts";

export interface FindOptions {
  /** How many ranked routes, 1 to {@link MAX_ROUTES}; other values are clamped. Default 1. */
  readonly k?: number;
  /** Partial routes the search may take off its queue; for tests of the limit. */
  readonly workLimit?: number;
}

/** A question whose two ends are set. */
export type AskedQuestion = RouteQuestion & { readonly from: string; readonly to: string };

/**
 * Answer a route question: up to k routes from `from` to `to`, best first under the question's objective
 * (see {@link searchRoutes} for what a step is), or an answer that names what is in the way. The same
 * index and question always give the same answer.
 */
export function findRoutes(
  index: RouteIndex,
  question: AskedQuestion,
  options: FindOptions = {},
): RouteAnswer {
  const from = index.indexOf.get(question.from);
  const to = index.indexOf.get(question.to);
  const unknown = [...new Set([question.from, question.to, ...question.via])].filter(
    (id) => !index.indexOf.has(id),
  );
  if (from === undefined || to === undefined || unknown.length > 0) {
    return { ok: false, reason: "unknown-node", unknown };
  }
  const { facts } = index;
  const honour = question.requirements;
  const avoid = new Uint8Array(index.ids.length);
  for (const v of numbers(index, question.avoid)) avoid[v] = 1;
  const held = [...new Set(numbers(index, question.held))].filter(
    (c) => c !== from && facts.isCredential[c] === 1 && avoid[c] !== 1,
  );
  const checkpoints = [...numbers(index, question.via), to].filter((v, i, all) => v !== all[i - 1]);
  const objective = question.objective ?? defaultObjective(facts.hasTimes);
  const k = Math.min(MAX_ROUTES, Math.max(1, Math.floor(options.k ?? 1) || 1));
  const allowed = honour ? requirementReach(index, from, held, avoid) : null;
  const setup = { index, order: COST_ORDER[objective], honour, from, held, checkpoints, avoid, allowed, k };
  const repeated = new Set(checkpoints).size !== checkpoints.length;
  const canTry =
    !repeated && (allowed === null || checkpoints.every((c) => allowed[c] === 1 || held.includes(c)));
  const result = !canTry
    ? { routes: [], complete: true }
    : !honour && k === 1 && checkpoints.length === 1
      ? chainOnly(index, setup)
      : searchWithFallback(
          options.workLimit === undefined ? setup : { ...setup, workLimit: options.workLimit },
        );
  if (result.routes.length > 0) {
    const routes = result.routes.map((found) => toRoute(index, found));
    return { ok: true, routes, objective, requirements: honour, complete: result.complete };
  }
  return explainNoRoute({ index, from, held, checkpoints, avoid, allowed, incomplete: !result.complete });
}

/**
 * The exact search first; if it stops at its work limit, a pruned search ({@link SearchSetup.prune}) so a
 * big map still gets an answer, flagged as not proven best.
 */
function searchWithFallback(setup: SearchSetup): SearchResult {
  const exact = searchRoutes(setup);
  if (exact.complete) return exact;
  const pruned = searchRoutes({ ...setup, prune: true, workLimit: 3 * (setup.workLimit ?? WORK_LIMIT) });
  const best = pruned.routes.length > exact.routes.length ? pruned.routes : exact.routes;
  if (best.length > 0 || setup.order === COST_ORDER.steps) return { routes: best, complete: false };
  // Still nothing: fewest steps rarely meets the plateaus that years do; rank what it finds as asked.
  const byOrder = (a: FoundRoute, b: FoundRoute) => compareCosts(setup.order, a.cost, b.cost);
  const fewest = searchRoutes({ ...setup, order: COST_ORDER.steps });
  return { routes: [...fewest.routes].sort(byOrder), complete: false };
}

/** One route along the arrows: a bidirectional search does it faster than the general one. */
function chainOnly(index: RouteIndex, setup: SearchSetup): SearchResult {
  const { order, from, held, checkpoints, avoid } = setup;
  const closed = new Uint8Array(index.ids.length);
  for (const s of [from, ...held]) closed[s] = 1;
  const found = bestChain(index, order, [from, ...held], checkpoints[0] as number, avoid, closed);
  return { routes: found === null ? [] : [found], complete: true };
}

function numbers(index: RouteIndex, ids: readonly string[]): number[] {
  return ids.flatMap((id) => {
    const v = index.indexOf.get(id);
    return v === undefined ? [] : [v];
  });
}

function toRoute(index: RouteIndex, found: FoundRoute): Route {
  const edges = found.edges.map((e) => index.edges[e]);
  return {
    nodes: [index.ids[found.start] ?? "", ...edges.map((edge) => edge?.target ?? "")],
    edges: edges.map((edge) => edge?.id ?? ""),
    cost: {
      monthsMin: found.cost[YEARS_MIN] as number,
      monthsMax: found.cost[YEARS_MAX] as number,
      steps: found.cost[STEPS] as number,
      feeCents: found.cost[FEES] as number,
    },
  };
}
