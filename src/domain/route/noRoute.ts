import { arrowReach, nearestReachable } from "./reach.ts";
import type { RouteIndex } from "./routeIndex.ts";
import type { SearchSetup } from "./searchSetup.ts";
import type { NoRoute } from "./types.ts";

/** The search's own question ({@link SearchSetup}), and whether the search stopped at its work limit. */
export type NoRouteInput = Pick<
  SearchSetup,
  "index" | "from" | "held" | "checkpoints" | "avoid" | "allowed"
> & {
  readonly incomplete: boolean;
};

/**
 * Why there is no route, naming what is in the way, checked from the plainest cause to the subtlest: no
 * chain of paths at all; a stop that cannot be reached or leads nowhere; a requirement nothing leads to;
 * otherwise the avoided nodes and stops together.
 */
export function explainNoRoute(input: NoRouteInput): NoRoute {
  const { index, from, held, checkpoints, avoid, allowed } = input;
  const none = new Uint8Array(index.ids.length);
  const starts = [from, ...held];
  const goal = checkpoints[checkpoints.length - 1] as number;
  const free = arrowReach(index, starts, none);
  if (free[goal] !== 1) return withNearest({ ok: false, reason: "unreachable" }, index, free, starts, goal);
  const around = arrowReach(index, starts, avoid);
  for (let j = 0; j < checkpoints.length - 1; j++) {
    const stop = checkpoints[j] as number;
    const next = checkpoints[j + 1] as number;
    if (around[stop] !== 1) return { ok: false, reason: "stop-out-of-reach", stop: index.ids[stop] ?? "" };
    if (!leadsTowards(index, stop, next, avoid, allowed !== null)) {
      return {
        ok: false,
        reason: "stop-leads-nowhere",
        stop: index.ids[stop] ?? "",
        next: index.ids[next] ?? "",
      };
    }
  }
  if (allowed !== null) {
    const blocked = checkpoints.find((c) => allowed[c] !== 1);
    const blocker = blocked === undefined ? undefined : requirementBlocker(index, blocked, around, allowed);
    if (blocker !== undefined) return blocker;
  }
  const answer: NoRoute = input.incomplete
    ? { ok: false, reason: "blocked-by-constraints", incomplete: true }
    : { ok: false, reason: "blocked-by-constraints" };
  return around[goal] === 1 ? answer : withNearest(answer, index, around, starts, goal);
}

/**
 * Whether a chain of paths leads from `stop` to `next`; with requirements a credential earned as a stop
 * also lets the route go on from a role that prepares for it.
 */
function leadsTowards(index: RouteIndex, stop: number, next: number, avoid: Uint8Array, honour: boolean) {
  const from = [stop];
  if (honour && index.facts.isCredential[stop] === 1) {
    for (let slot = index.inStart[stop] as number; slot < (index.inStart[stop + 1] as number); slot++) {
      from.push(index.inNode[slot] as number);
    }
  }
  return arrowReach(index, from, avoid)[next] === 1;
}

/**
 * The node nearest to `target` (walking the paths backwards from it) that the start's paths reach but whose
 * credential groups nothing can satisfy, with those groups.
 */
function requirementBlocker(
  index: RouteIndex,
  target: number,
  reachable: Uint8Array,
  allowed: Uint8Array,
): NoRoute | undefined {
  const { facts } = index;
  const seen = new Uint8Array(index.ids.length);
  const queue = [target];
  seen[target] = 1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    if (allowed[v] !== 1 && reachable[v] === 1) {
      const unmet = (facts.groups[v] ?? []).filter((group) => !group.some((c) => allowed[c] === 1));
      if (unmet.length > 0) {
        const groups = unmet.map((group) => [...group].map((c) => index.ids[c] ?? ""));
        return { ok: false, reason: "needs-credential", node: index.ids[v] ?? "", groups };
      }
    }
    for (let slot = index.inStart[v] as number; slot < (index.inStart[v + 1] as number); slot++) {
      const u = index.inNode[slot] as number;
      if (seen[u] === 1 || allowed[u] === 1) continue;
      seen[u] = 1;
      queue.push(u);
    }
  }
  return undefined;
}

function withNearest(
  answer: NoRoute,
  index: RouteIndex,
  reachable: Uint8Array,
  starts: readonly number[],
  goal: number,
): NoRoute {
  const nearest = nearestReachable(index, reachable, starts, goal);
  return nearest.length === 0 ? answer : { ...answer, nearest: nearest.map((v) => index.ids[v] ?? "") };
}
