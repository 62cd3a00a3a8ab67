import { type IndexPath, shortestPath } from "./bfs.ts";
import { nearestReachable } from "./reach.ts";
import type { RouteIndex } from "./routeIndex.ts";
import { beginQuery, blockNodes, markStartOnly, switchOffEdges } from "./scratch.ts";
import { MAX_ROUTES, type NoRoute, type Route, type RouteAnswer, type RouteQuery } from "./types.ts";
import { routesThrough } from "./vias.ts";
import { kShortestPaths } from "./yen.ts";

/**
 * Answer a route question: up to `k` routes from `from` (or a held credential) to `to`, fewest steps first,
 * ranked by {@link compareRoutes}, or an explained "no route". The same index and query always give the same
 * answer. Without vias the routes are exactly the k best loopless routes; with vias see {@link routesThrough}.
 * `from === to` (or `to` held) gives one route of 0 steps.
 */
export function findRoutes(index: RouteIndex, query: RouteQuery): RouteAnswer {
  const from = index.indexOf.get(query.from);
  const to = index.indexOf.get(query.to);
  const vias = query.via ?? [];
  if (from === undefined || to === undefined || !vias.every((id) => index.indexOf.has(id))) {
    const unknown = [...new Set([query.from, query.to, ...vias])].filter((id) => !index.indexOf.has(id));
    return { ok: false, reason: "unknown-node", unknown };
  }
  const held = known(index, query.held).filter((v) => v !== from && index.nodes[v]?.kind === "credential");
  const starts = held.length === 0 ? [from] : [from, ...new Set(held)];
  const avoid = known(index, query.avoid);
  const checkpoints = [...vias.map((id) => index.indexOf.get(id) ?? to), to].filter(
    (v, i, all) => v !== all[i - 1],
  );
  const k = Math.min(MAX_ROUTES, Math.max(1, Math.floor(query.k ?? 1) || 1));

  const sc = index.scratch;
  beginQuery(sc);
  markStartOnly(sc, starts);
  let paths: IndexPath[];
  let incomplete = false;
  if (checkpoints.length === 1) {
    paths = kShortestPaths(index, starts, to, k, avoid);
  } else {
    ({ paths, incomplete } = routesThrough(index, starts, checkpoints, k, avoid));
  }
  if (paths.length > 0) return { ok: true, routes: paths.map((path) => toRoute(index, path)) };

  blockNodes(sc, []);
  switchOffEdges(sc, []);
  if (shortestPath(index, starts, to) === null) {
    return withNearest({ ok: false, reason: "unreachable" }, index, nearestReachable(index, starts, to, []));
  }
  blockNodes(sc, avoid);
  // When the target is reachable around the avoided nodes, only the vias are in the way: no suggestion.
  const nearest = shortestPath(index, starts, to) === null ? nearestReachable(index, starts, to, avoid) : [];
  const answer: NoRoute = incomplete
    ? { ok: false, reason: "blocked-by-constraints", incomplete: true }
    : { ok: false, reason: "blocked-by-constraints" };
  return withNearest(answer, index, nearest);
}

function known(index: RouteIndex, ids: readonly string[] | undefined): number[] {
  const numbers: number[] = [];
  if (ids === undefined) return numbers;
  for (const id of ids) {
    const v = index.indexOf.get(id);
    if (v !== undefined) numbers.push(v);
  }
  return numbers;
}

function withNearest(answer: NoRoute, index: RouteIndex, nearest: readonly number[]): NoRoute {
  return nearest.length === 0 ? answer : { ...answer, nearest: nearest.map((v) => index.ids[v] ?? "") };
}

/** Turn a numbered path back into ids. */
export function toRoute(index: RouteIndex, path: IndexPath): Route {
  return {
    nodes: path.nodes.map((v) => index.ids[v] ?? ""),
    edges: path.edges.map((e) => index.edges[e]?.id ?? ""),
  };
}
