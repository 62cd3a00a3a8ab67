import type { Objective } from "./question.ts";

/**
 * A route: from `start`, the steps in order. `edges[i]` is the map's path taken at step i and `nodes[i + 1]`
 * the node that step enters (a position, or a credential earned), so `nodes[0]` is the start and the last
 * node the goal. With requirements a step may leave from a credential held rather than from the node
 * before it ("qualifies for"), or earn a credential and stay in the role ("prepares for").
 */
export interface Route {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** What the search ranked the route by; times count a path without a time as the map's median. */
  readonly cost: RouteCost;
}

export interface RouteCost {
  readonly monthsMin: number;
  readonly monthsMax: number;
  readonly steps: number;
  readonly feeCents: number;
}

export interface RoutesFound {
  readonly ok: true;
  /** One to k routes, best first under `objective`, each different from the others as a person sees it. */
  readonly routes: readonly Route[];
  readonly objective: Objective;
  readonly requirements: boolean;
  /** False when the search stopped at its work limit: the routes shown are the best, but more may exist. */
  readonly complete: boolean;
}

/**
 * Why no route was found:
 * - `unknown-node`: `from`, `to` or a stop is not on the map (listed in `unknown`).
 * - `unreachable`: no chain of the map's paths leads there at all.
 * - `needs-credential`: `node` asks for one of each of `groups`, and nothing leads to any of a group's
 *   credentials from the start (with requirements honoured).
 * - `stop-out-of-reach`: nothing leads from the start to the stop `stop`.
 * - `stop-leads-nowhere`: the stop `stop` does not lead towards `next` (the next stop or the goal).
 * - `blocked-by-constraints`: a route exists without the stops and avoided nodes, but none with them.
 */
export type NoRouteReason =
  | "unknown-node"
  | "unreachable"
  | "needs-credential"
  | "stop-out-of-reach"
  | "stop-leads-nowhere"
  | "blocked-by-constraints";

export interface NoRoute {
  readonly ok: false;
  readonly reason: NoRouteReason;
  readonly unknown?: readonly string[];
  readonly node?: string;
  /** For `needs-credential`: the groups no credential of which can be had, as credential ids. */
  readonly groups?: readonly (readonly string[])[];
  readonly stop?: string;
  readonly next?: string;
  /** Up to three reachable nodes that come closest to the goal. */
  readonly nearest?: readonly string[];
  /** The search stopped at its work limit before it could prove there is no route. */
  readonly incomplete?: true;
}

export type RouteAnswer = RoutesFound | NoRoute;
