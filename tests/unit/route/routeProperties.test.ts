import cytoscape from "cytoscape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import {
  buildRouteIndex,
  explainRoute,
  findRoutes,
  type RouteQuery,
} from "../../../src/domain/route/index.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";
import { allRoutes, isValidRoute, referenceOrder } from "./reference.ts";

const ID_POOL = ["a", "b", "B", "__proto__", "constructor", "toString", "z9", "é"];

/** Up to 7 nodes, up to 16 edges including self-loops and parallel edges; edge ids not in file order. */
const smallGraph = fc.shuffledSubarray(ID_POOL, { minLength: 1, maxLength: 7 }).chain((ids) =>
  fc
    .record({
      credentials: fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }),
      edges: fc.array(
        fc.record({ s: fc.nat({ max: ids.length - 1 }), t: fc.nat({ max: ids.length - 1 }), tag: fc.nat(3) }),
        { maxLength: 16 },
      ),
    })
    .map(({ credentials, edges }) =>
      makeGraph(
        ids.map((id, i) => (credentials[i] ? makeCredential(id) : makePosition(id))),
        edges.map(({ s, t, tag }, i) =>
          makeEdge(ids[s] as string, ids[t] as string, "advances-to", `${tag}#${i}`),
        ),
      ),
    ),
);

const pick = (graph: CareerGraph) => fc.constantFrom(...graph.nodes.map((node) => node.id));
const some = (graph: CareerGraph, max: number) =>
  fc.uniqueArray(pick(graph), { maxLength: Math.min(max, graph.nodes.length) });

/** A graph and a question about it; `vias` says how many vias at most. */
const graphAndQuery = (vias: number) =>
  smallGraph.chain((graph) =>
    fc
      .record({
        from: pick(graph),
        to: pick(graph),
        held: some(graph, 2),
        avoid: some(graph, 2),
        via: vias === 0 ? fc.constant([]) : some(graph, vias),
        k: fc.integer({ min: 1, max: 5 }),
      })
      .map((query): [CareerGraph, RouteQuery] => [graph, query]),
  );

/** Cytoscape keys elements by id in plain objects, so "__proto__" breaks it: give it safe ids. */
function cytoscapeDistance(graph: CareerGraph, from: string, to: string): number {
  const numbers = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const safe = (id: string) => `n${numbers.get(id) ?? -1}`;
  const cy = cytoscape({
    headless: true,
    elements: [
      ...graph.nodes.map((node) => ({ data: { id: safe(node.id) } })),
      ...graph.edges.map((edge, i) => ({
        data: { id: `e${i}`, source: safe(edge.source), target: safe(edge.target) },
      })),
    ],
  });
  const result = cy.elements().dijkstra({ root: cy.getElementById(safe(from)), directed: true });
  return result.distanceTo(cy.getElementById(safe(to)));
}

describe("route finder properties", () => {
  it("finds a route iff Cytoscape does, as short as Cytoscape's, valid from From to To", () => {
    fc.assert(
      fc.property(graphAndQuery(0), ([graph, { from, to }]) => {
        const answer = findRoutes(buildRouteIndex(graph), { from, to });
        const distance = cytoscapeDistance(graph, from, to);
        if (distance === Number.POSITIVE_INFINITY) {
          expect(answer).toMatchObject({ ok: false, reason: "unreachable" });
          return;
        }
        if (!answer.ok) throw new Error(`no route, but Cytoscape finds one of ${distance}`);
        const [route] = answer.routes;
        expect(route?.edges.length).toBe(distance);
        expect(route?.nodes[0]).toBe(from);
        expect(route?.nodes.at(-1)).toBe(to);
        expect(route && isValidRoute(graph, route)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("returns exactly the first k of all loopless routes in ranking order, with held and avoid", () => {
    fc.assert(
      fc.property(graphAndQuery(0), ([graph, query]) => {
        const answer = findRoutes(buildRouteIndex(graph), query);
        const expected = allRoutes(graph, query).slice(0, query.k);
        if (expected.length > 0) {
          expect(answer).toEqual({ ok: true, routes: expected });
          return;
        }
        const free = allRoutes(graph, { ...query, avoid: [] }).length > 0;
        expect(answer).toMatchObject({ ok: false, reason: free ? "blocked-by-constraints" : "unreachable" });
      }),
      { numRuns: 400 },
    );
  });

  it("routes through vias are valid, in order, avoid what they must, and exist iff some route does", () => {
    fc.assert(
      fc.property(graphAndQuery(2), ([graph, query]) => {
        const answer = findRoutes(buildRouteIndex(graph), query);
        const all = allRoutes(graph, query);
        if (!answer.ok) {
          expect(all).toEqual([]);
          const free = allRoutes(graph, { ...query, avoid: [], via: [] }).length > 0;
          expect(answer.reason).toBe(free ? "blocked-by-constraints" : "unreachable");
          return;
        }
        const starts = [query.from, ...(query.held ?? [])];
        expect(all.length).toBeGreaterThan(0);
        expect(answer.routes.length).toBeLessThanOrEqual(query.k ?? 1);
        for (const route of answer.routes) {
          expect(isValidRoute(graph, route)).toBe(true);
          expect(starts).toContain(route.nodes[0]);
          expect(route.nodes.at(-1)).toBe(query.to);
          expect(route.nodes.some((id) => query.avoid?.includes(id))).toBe(false);
          const places = (query.via ?? []).map((id) => route.nodes.indexOf(id));
          expect(places.every((place, i) => place >= 0 && place >= (places[i - 1] ?? 0))).toBe(true);
          expect(all.map((r) => JSON.stringify(r))).toContain(JSON.stringify(route));
        }
        expect((answer.routes[0]?.edges.length ?? 0) >= (all[0]?.edges.length ?? 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("ranks alternatives: distinct, loopless, in ranking order", () => {
    fc.assert(
      fc.property(graphAndQuery(2), ([graph, query]) => {
        const answer = findRoutes(buildRouteIndex(graph), query);
        if (!answer.ok) return;
        const keys = answer.routes.map((route) => JSON.stringify(route));
        expect(new Set(keys).size).toBe(keys.length);
        for (const route of answer.routes) expect(new Set(route.nodes).size).toBe(route.nodes.length);
        for (let i = 1; i < answer.routes.length; i++) {
          expect(referenceOrder(answer.routes[i - 1] as never, answer.routes[i] as never)).toBeLessThan(0);
        }
      }),
    );
  });

  it("explains every route it returns, with totals that add up", () => {
    fc.assert(
      fc.property(graphAndQuery(2), ([graph, query]) => {
        const index = buildRouteIndex(graph);
        const answer = findRoutes(index, query);
        if (!answer.ok) return;
        for (const route of answer.routes) {
          const { steps, totals } = explainRoute(index, route);
          expect(steps.map((step) => step.edgeId)).toEqual(route.edges);
          expect(totals.steps).toBe(route.edges.length);
          expect(totals.credentialsToEarn + totals.positions).toBe(totals.steps);
        }
      }),
    );
  });

  it("answers the same every time and whatever the order of the file", () => {
    fc.assert(
      fc.property(graphAndQuery(2), fc.infiniteStream(fc.nat()), ([graph, query], noise) => {
        const index = buildRouteIndex(graph);
        const first = findRoutes(index, query);
        expect(findRoutes(index, query)).toEqual(first);
        const shuffle = <T>(items: readonly T[]) =>
          items
            .map((item) => ({ item, key: noise.next().value as number }))
            .sort((x, y) => x.key - y.key)
            .map(({ item }) => item);
        const shuffled = { ...graph, nodes: shuffle(graph.nodes), edges: shuffle(graph.edges) };
        expect(findRoutes(buildRouteIndex(shuffled), query)).toEqual(first);
      }),
    );
  });
});
