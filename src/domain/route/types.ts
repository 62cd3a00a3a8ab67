/** The most alternatives a query may ask for. */
export const MAX_ROUTES = 5;

/**
 * A question for the route finder. Ids are node ids of the career map.
 *
 * - `held`: credentials the person already has. They count as reached: a route may start at one of them
 *   instead of `from`, and no route steps into one. Ids that are unknown or not credentials are ignored.
 * - `via`: nodes the route must pass, in this order. `from` or a held credential can only usefully come
 *   first (routes start there and never step back into them).
 * - `avoid`: nodes the route must not touch (a held credential or `from` that is avoided cannot be a start).
 *   Unknown ids are ignored: an absent node is avoided anyway.
 * - `k`: how many ranked alternatives, 1 to {@link MAX_ROUTES}; defaults to 1, other values are clamped.
 */
export interface RouteQuery {
  readonly from: string;
  readonly to: string;
  readonly held?: readonly string[];
  readonly via?: readonly string[];
  readonly avoid?: readonly string[];
  readonly k?: number;
}

/**
 * A route: `edges[i]` is the advancement path from `nodes[i]` to `nodes[i + 1]`, so a route of n steps has
 * n edges and n + 1 nodes. `nodes[0]` is `from` or a held credential. Routes never repeat a node.
 *
 * Routes are ranked by {@link compareRoutes}: fewest steps first, then by the node ids in order, then by the
 * edge ids in order, ids compared by UTF-16 code units (JavaScript's `<`, not locale collation).
 */
export interface Route {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/**
 * Why no route was found:
 * - `unknown-node`: `from`, `to` or a via is not on the map (listed in `unknown`).
 * - `unreachable`: no route exists even without via and avoid.
 * - `blocked-by-constraints`: a route exists without via and avoid, but none with them.
 */
export type NoRouteReason = "unknown-node" | "unreachable" | "blocked-by-constraints";

export interface RoutesFound {
  readonly ok: true;
  /** One to k routes, best first, distinct. */
  readonly routes: readonly Route[];
}

export interface NoRoute {
  readonly ok: false;
  readonly reason: NoRouteReason;
  /** For `unknown-node`: the ids not on the map, in the order the query gave them. */
  readonly unknown?: readonly string[];
  /**
   * The nodes one can reach (honouring avoid) that come closest to the target: up to three, at the fewest
   * steps from the target when edge direction is ignored, ties broken by nearness of level to the target's
   * level, then by id. Starts are never suggested. Absent when nothing qualifies, or when the target is
   * reachable and only the vias are in the way.
   */
  readonly nearest?: readonly string[];
  /** Set when a search through vias stopped at its work limit before it could prove there is no route. */
  readonly incomplete?: true;
}

export type RouteAnswer = RoutesFound | NoRoute;

/** Fewest steps, then node ids in order, then edge ids in order; ids by UTF-16 code units. */
export function compareRoutes(a: Route, b: Route): number {
  return a.edges.length - b.edges.length || compareIds(a.nodes, b.nodes) || compareIds(a.edges, b.edges);
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
