import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import type { Route, RouteQuery } from "../../../src/domain/route/index.ts";

/** Independent of the code under test: the ranking rule written out plainly. */
export function referenceOrder(a: Route, b: Route): number {
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (const [x, y] of [
    [a.nodes, b.nodes],
    [a.edges, b.edges],
  ] as const) {
    for (let i = 0; i < x.length; i++) {
      const p = x[i] as string;
      const q = y[i] as string;
      if (p !== q) return p < q ? -1 : 1;
    }
  }
  return 0;
}

/**
 * Every loopless route the query allows, best first, by depth-first enumeration: starts are `from` and the
 * held credentials, no step enters a start, avoided nodes are never touched, vias are visited in order.
 */
export function allRoutes(graph: CareerGraph, query: RouteQuery): Route[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const credentials = new Set(graph.nodes.filter((n) => n.kind === "credential").map((n) => n.id));
  const starts = new Set([query.from, ...(query.held ?? []).filter((id) => credentials.has(id))]);
  const avoid = new Set(query.avoid ?? []);
  const checkpoints = [...(query.via ?? []), query.to].filter((v, i, all) => v !== all[i - 1]);
  const routes: Route[] = [];
  const visit = (nodes: string[], edges: string[], reached: number) => {
    const here = nodes.at(-1) as string;
    const now = here === checkpoints[reached] ? reached + 1 : reached;
    if (checkpoints.slice(now).includes(here)) return;
    if (now === checkpoints.length) {
      routes.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    for (const edge of graph.edges) {
      const next = edge.target;
      if (
        edge.source !== here ||
        !ids.has(next) ||
        nodes.includes(next) ||
        avoid.has(next) ||
        starts.has(next)
      ) {
        continue;
      }
      visit([...nodes, next], [...edges, edge.id], now);
    }
  };
  for (const start of starts) {
    if (ids.has(start) && !avoid.has(start)) visit([start], [], 0);
  }
  return routes.sort(referenceOrder);
}

/** Whether `route` is a real loopless walk along edge direction in `graph`. */
export function isValidRoute(graph: CareerGraph, route: Route): boolean {
  if (route.edges.length !== route.nodes.length - 1) return false;
  if (new Set(route.nodes).size !== route.nodes.length) return false;
  return route.edges.every((id, i) =>
    graph.edges.some((e) => e.id === id && e.source === route.nodes[i] && e.target === route.nodes[i + 1]),
  );
}
