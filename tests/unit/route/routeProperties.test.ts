import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CareerEdge, CareerGraph, CareerNode } from "../../../src/domain/careerGraph.ts";
import { type AskedQuestion, findRoutes } from "../../../src/domain/route/findRoutes.ts";
import { buildRouteIndex } from "../../../src/domain/route/index.ts";
import { OBJECTIVES, type Objective } from "../../../src/domain/route/question.ts";
import { makeCredential, makeGraph, makePosition } from "../../fixtures/builders.ts";
import { distinctBest, lookOf, referenceRoutes } from "./reference.ts";

const ID_POOL = ["a", "b", "B", "__proto__", "toString", "z9", "é", "c", "d", "e", "f", "g"];
const SOURCE = "https://example.org/s";
const basis = { kind: "inferred", note: "test" } as const;

/**
 * Up to `size.nodes` nodes with requirements, fees and times; up to `size.edges` paths of the kinds their
 * ends allow. `timeHeavy`: every path has a time and most nodes ask for years, so many partial routes are
 * equally fast (what the "fastest" search's bounds and pruning must get right).
 */
const careerMap = (
  size: { nodes: number; edges: number; minEdges?: number },
  timeHeavy = false,
): fc.Arbitrary<CareerGraph> =>
  fc
    .shuffledSubarray(ID_POOL, {
      minLength: timeHeavy || size.minEdges ? size.nodes - 3 : 2,
      maxLength: size.nodes,
    })
    .chain((ids) =>
      fc
        .record({
          credential: fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }),
          groups: fc.array(
            fc.array(fc.array(fc.nat(ids.length - 1), { minLength: 1, maxLength: 2 }), { maxLength: 2 }),
            { minLength: ids.length, maxLength: ids.length },
          ),
          experience: fc.array(fc.option(fc.constantFrom(0, 1, 2.5), { freq: timeHeavy ? 8 : 2 }), {
            minLength: ids.length,
            maxLength: ids.length,
          }),
          fee: fc.array(fc.option(fc.constantFrom(0, 150, 299.5)), {
            minLength: ids.length,
            maxLength: ids.length,
          }),
          edges: fc.array(
            fc.record({
              s: fc.nat(ids.length - 1),
              t: fc.nat(ids.length - 1),
              lateral: fc.boolean(),
              time: fc.option(
                fc.record({ min: fc.constantFrom(0, 0.5, 1, 2), extra: fc.option(fc.constantFrom(0, 1)) }),
                { freq: timeHeavy ? 12 : 2 },
              ),
            }),
            { minLength: size.minEdges ?? 0, maxLength: size.edges },
          ),
        })
        .map(({ credential, groups, experience, fee, edges }) => {
          const isCredential = (i: number) => credential[i] === true;
          const nodes: CareerNode[] = ids.map((id, i) => {
            const credentialIds = (groups[i] ?? [])
              .map((g) => g.filter(isCredential).map((j) => ids[j] as string))
              .filter((g) => g.length > 0);
            const years = experience[i];
            const requirements = {
              ...(credentialIds.length > 0
                ? { credentials: credentialIds.map((oneOf) => ({ oneOf, basis })) }
                : {}),
              ...(years === null || years === undefined ? {} : { experience: { years, basis } }),
            };
            const amount = fee[i];
            const extra: Partial<CareerNode> = {
              ...(Object.keys(requirements).length > 0 ? { requirements } : {}),
              ...(isCredential(i) && amount !== null && amount !== undefined
                ? { fees: [{ amount, currency: "USD", year: 2025, source: SOURCE }] }
                : {}),
            };
            return isCredential(i) ? makeCredential(id, "entry", extra) : makePosition(id, "entry", extra);
          });
          const paths: CareerEdge[] = [];
          edges.forEach(({ s, t, lateral, time }, i) => {
            const [from, to] = [isCredential(s), isCredential(t)];
            if (from && to) return;
            const kind = from ? "qualifies-for" : to ? "prepares-for" : lateral ? "lateral" : "advances-to";
            const edge: CareerEdge = {
              id: `e${(i * 7) % 11}-${i}`,
              source: ids[s] as string,
              target: ids[t] as string,
              kind,
              basis,
            };
            paths.push(
              time
                ? {
                    ...edge,
                    time: {
                      minYears: time.min,
                      ...(time.extra === null ? {} : { maxYears: time.min + time.extra }),
                      basis,
                    },
                  }
                : edge,
            );
          });
          return makeGraph(nodes, paths);
        }),
    );

const questionFor = (graph: CareerGraph, vias: number) => {
  const pick = fc.constantFrom(...graph.nodes.map((n) => n.id));
  const some = (max: number) => fc.uniqueArray(pick, { maxLength: max });
  return fc.record({
    from: pick,
    to: pick,
    held: some(2),
    via: vias === 0 ? fc.constant([]) : some(vias),
    avoid: some(1),
    objective: fc.constantFrom(...OBJECTIVES),
    requirements: fc.boolean(),
    k: fc.integer({ min: 1, max: 5 }),
  });
};

const smallMap = careerMap({ nodes: 6, edges: 10 });

const cases = (vias: number, maps = smallMap) =>
  maps.chain((graph) => questionFor(graph, vias).map((q) => ({ graph, q })));

const costOf = (c: { monthsMin: number; monthsMax: number; steps: number; feeCents: number }) => [
  c.monthsMin,
  c.monthsMax,
  c.steps,
  c.feeCents,
];

type Case = { graph: CareerGraph; q: AskedQuestion & { k: number; objective: Objective } };

const matchesBruteForce = ({ graph, q }: Case) => {
  const { k, ...question } = q as typeof q & AskedQuestion;
  const answer = findRoutes(buildRouteIndex(graph), question, { k });
  const all = referenceRoutes(graph, question);
  const best = distinctBest(graph, all, q.objective);
  if (best.length === 0) {
    expect(answer.ok).toBe(false);
    return;
  }
  if (!answer.ok) throw new Error(`no route, but brute force finds ${best.length}`);
  expect(answer.complete).toBe(true);
  const found = answer.routes.map((r) => costOf(r.cost));
  const wanted = best.slice(0, k).map((b) => b.route.cost);
  expect(found).toEqual(wanted);
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const looks = answer.routes.map((r) => lookOf(r.edges.map((id) => byId.get(id) as CareerEdge)));
  expect(new Set(looks).size).toBe(looks.length);
  for (const route of answer.routes) {
    const real = all.find((r) => r.start === route.nodes[0] && r.edges.join() === route.edges.join());
    expect(real?.cost).toEqual(costOf(route.cost));
    // A goal already held is reached without a step.
    const there = route.nodes.at(-1) === q.to || (route.edges.length === 0 && q.held.includes(q.to));
    expect(there).toBe(true);
  }
};

describe("route finder against brute force on small maps with requirements", () => {
  it("gives exactly the k best costs, each route valid and real, none twice", () => {
    fc.assert(fc.property(cases(2), matchesBruteForce), { numRuns: 400 });
  }, 60_000);

  it("does so on bigger maps where most steps take time and most roles ask for years", () => {
    fc.assert(fc.property(cases(1, careerMap({ nodes: 12, edges: 26 }, true)), matchesBruteForce), {
      numRuns: 300,
    });
  }, 120_000);

  // Many ways into the same role with the same credentials: where partial routes dominate each other and
  // the search drops the dominated ones (thousands of times over these runs), it must still be exact.
  it("does so on dense maps where many partial routes meet in the same situation", () => {
    fc.assert(fc.property(cases(1, careerMap({ nodes: 10, edges: 40, minEdges: 28 })), matchesBruteForce), {
      numRuns: 400,
    });
  }, 120_000);

  it("answers the same every time and whatever the order of the file", () => {
    fc.assert(
      fc.property(cases(1), fc.infiniteStream(fc.nat()), ({ graph, q }, noise) => {
        const { k, ...question } = q as typeof q & AskedQuestion;
        const first = findRoutes(buildRouteIndex(graph), question, { k });
        expect(findRoutes(buildRouteIndex(graph), question, { k })).toEqual(first);
        const shuffle = <T>(items: readonly T[]) =>
          items
            .map((item) => ({ item, key: noise.next().value as number }))
            .sort((x, y) => x.key - y.key)
            .map(({ item }) => item);
        const shuffled = { ...graph, nodes: shuffle(graph.nodes), edges: shuffle(graph.edges) };
        expect(findRoutes(buildRouteIndex(shuffled), question, { k })).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });
});
