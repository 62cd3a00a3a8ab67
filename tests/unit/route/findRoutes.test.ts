import { describe, expect, it } from "vitest";
import type { CareerEdge, CareerNode } from "../../../src/domain/careerGraph.ts";
import { buildRouteIndex, findRoutes, type RouteQuery } from "../../../src/domain/route/index.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

function ask(nodes: CareerNode[], edges: CareerEdge[], query: RouteQuery) {
  return findRoutes(buildRouteIndex(makeGraph(nodes, edges)), query);
}

const positions = (...ids: string[]) => ids.map((id) => makePosition(id));

function nodesOf(answer: ReturnType<typeof findRoutes>): string[][] {
  if (!answer.ok) throw new Error(`no route: ${answer.reason}`);
  return answer.routes.map((route) => [...route.nodes]);
}

describe("findRoutes: fewest steps", () => {
  it("takes a direct path", () => {
    const answer = ask(positions("a", "b"), [makeEdge("a", "b")], { from: "a", to: "b" });
    expect(answer).toEqual({ ok: true, routes: [{ nodes: ["a", "b"], edges: ["a->b"] }] });
  });

  it("prefers fewer steps over a longer chain", () => {
    const edges = [
      makeEdge("a", "b"),
      makeEdge("b", "c"),
      makeEdge("c", "d"),
      makeEdge("a", "x"),
      makeEdge("x", "d"),
    ];
    expect(nodesOf(ask(positions("a", "b", "c", "d", "x"), edges, { from: "a", to: "d" }))).toEqual([
      ["a", "x", "d"],
    ]);
  });

  it("follows edge direction only", () => {
    const answer = ask(positions("a", "b"), [makeEdge("b", "a")], { from: "a", to: "b" });
    expect(answer).toMatchObject({ ok: false, reason: "unreachable" });
  });

  it("gives a 0-step route when from and to are the same", () => {
    const answer = ask(positions("a", "b"), [makeEdge("a", "b"), makeEdge("a", "a", "lateral", "loop")], {
      from: "a",
      to: "a",
      k: 3,
    });
    expect(answer).toEqual({ ok: true, routes: [{ nodes: ["a"], edges: [] }] });
  });

  it("goes round cycles and ignores self-loops", () => {
    const edges = [
      makeEdge("a", "a", "lateral", "self"),
      makeEdge("a", "b"),
      makeEdge("b", "a"),
      makeEdge("b", "b", "lateral", "self-b"),
      makeEdge("b", "c"),
      makeEdge("c", "a"),
    ];
    const answer = ask(positions("a", "b", "c"), edges, { from: "c", to: "b", k: 5 });
    expect(answer).toEqual({ ok: true, routes: [{ nodes: ["c", "a", "b"], edges: ["c->a", "a->b"] }] });
  });

  it("breaks ties by node ids, then by edge ids", () => {
    const nodes = positions("s", "m2", "m1", "t");
    const edges = [
      makeEdge("s", "m2"),
      makeEdge("m2", "t"),
      makeEdge("s", "m1"),
      makeEdge("m1", "t", "advances-to", "z"),
      makeEdge("m1", "t", "advances-to", "y"),
    ];
    for (const order of [edges, [...edges].reverse()]) {
      const answer = ask(nodes, order, { from: "s", to: "t", k: 5 });
      expect(answer).toEqual({
        ok: true,
        routes: [
          { nodes: ["s", "m1", "t"], edges: ["s->m1", "y"] },
          { nodes: ["s", "m1", "t"], edges: ["s->m1", "z"] },
          { nodes: ["s", "m2", "t"], edges: ["s->m2", "m2->t"] },
        ],
      });
    }
  });

  it("ranks k alternatives by length and stops when there are no more", () => {
    const edges = [
      makeEdge("a", "d"),
      makeEdge("a", "b"),
      makeEdge("b", "d"),
      makeEdge("b", "c"),
      makeEdge("c", "d"),
    ];
    const answer = ask(positions("a", "b", "c", "d"), edges, { from: "a", to: "d", k: 5 });
    expect(nodesOf(answer)).toEqual([
      ["a", "d"],
      ["a", "b", "d"],
      ["a", "b", "c", "d"],
    ]);
  });

  it("clamps k to 1..5", () => {
    const edges = ["b", "c", "d", "e", "f", "g"].flatMap((m) => [makeEdge("s", m), makeEdge(m, "t")]);
    const nodes = positions("s", "t", "b", "c", "d", "e", "f", "g");
    expect(nodesOf(ask(nodes, edges, { from: "s", to: "t", k: 99 }))).toHaveLength(5);
    expect(nodesOf(ask(nodes, edges, { from: "s", to: "t", k: 0 }))).toHaveLength(1);
    expect(nodesOf(ask(nodes, edges, { from: "s", to: "t", k: Number.NaN }))).toHaveLength(1);
  });

  it("works with ids named like prototype members", () => {
    const nodes = [makePosition("__proto__"), makeCredential("constructor"), makePosition("toString", "mid")];
    const edges = [
      makeEdge("__proto__", "constructor", "prepares-for"),
      makeEdge("constructor", "toString", "qualifies-for"),
    ];
    expect(nodesOf(ask(nodes, edges, { from: "__proto__", to: "toString" }))).toEqual([
      ["__proto__", "constructor", "toString"],
    ]);
    expect(ask(nodes, edges, { from: "hasOwnProperty", to: "__proto__" })).toEqual({
      ok: false,
      reason: "unknown-node",
      unknown: ["hasOwnProperty"],
    });
  });
});

describe("findRoutes: held credentials", () => {
  const nodes = [
    makePosition("clerk"),
    makeCredential("cpc"),
    makePosition("coder", "mid"),
    makePosition("lead"),
  ];
  const edges = [
    makeEdge("clerk", "cpc", "prepares-for"),
    makeEdge("cpc", "coder", "qualifies-for"),
    makeEdge("coder", "lead"),
  ];

  it("starts from a held credential instead of earning it", () => {
    expect(nodesOf(ask(nodes, edges, { from: "clerk", to: "lead" }))).toEqual([
      ["clerk", "cpc", "coder", "lead"],
    ]);
    expect(nodesOf(ask(nodes, edges, { from: "clerk", to: "lead", held: ["cpc"], k: 5 }))).toEqual([
      ["cpc", "coder", "lead"],
    ]);
  });

  it("reaches what the person could not reach from the position alone", () => {
    const answer = ask(nodes, edges.slice(1), { from: "clerk", to: "coder", held: ["cpc"] });
    expect(nodesOf(answer)).toEqual([["cpc", "coder"]]);
  });

  it("answers 0 steps when the target is already held", () => {
    expect(nodesOf(ask(nodes, edges, { from: "clerk", to: "cpc", held: ["cpc"] }))).toEqual([["cpc"]]);
  });

  it("ignores held ids that are unknown or not credentials", () => {
    const answer = ask(nodes, edges, { from: "clerk", to: "lead", held: ["nope", "coder"] });
    expect(nodesOf(answer)).toEqual([["clerk", "cpc", "coder", "lead"]]);
  });
});

describe("findRoutes: via and avoid", () => {
  const nodes = positions("a", "b", "c", "d", "e");
  const edges = [
    makeEdge("a", "b"),
    makeEdge("b", "e"),
    makeEdge("a", "c"),
    makeEdge("c", "d"),
    makeEdge("d", "e"),
  ];

  it("goes through a via", () => {
    expect(nodesOf(ask(nodes, edges, { from: "a", to: "e", via: ["d"] }))).toEqual([["a", "c", "d", "e"]]);
  });

  it("goes through several vias in order", () => {
    const more = [...edges, makeEdge("b", "c")];
    expect(nodesOf(ask(nodes, more, { from: "a", to: "e", via: ["b", "d"] }))).toEqual([
      ["a", "b", "c", "d", "e"],
    ]);
    expect(ask(nodes, more, { from: "a", to: "e", via: ["d", "b"] })).toMatchObject({
      ok: false,
      reason: "blocked-by-constraints",
    });
  });

  it("avoids several nodes", () => {
    const answer = ask(nodes, [...edges, makeEdge("a", "e", "lateral", "direct")], {
      from: "a",
      to: "e",
      avoid: ["b", "zzz"],
      k: 5,
    });
    expect(nodesOf(answer)).toEqual([
      ["a", "e"],
      ["a", "c", "d", "e"],
    ]);
  });

  it("keeps a via route loopless when legs would cross", () => {
    const crossing = [
      makeEdge("s", "x"),
      makeEdge("x", "v"),
      makeEdge("v", "x"),
      makeEdge("x", "t"),
      makeEdge("v", "t"),
    ];
    expect(nodesOf(ask(positions("s", "x", "v", "t"), crossing, { from: "s", to: "t", via: ["v"] }))).toEqual(
      [["s", "x", "v", "t"]],
    );
  });

  it("tells blocked by constraints from unreachable, and suggests where one can get to", () => {
    expect(ask(nodes, edges, { from: "a", to: "e", avoid: ["b", "d"] })).toEqual({
      ok: false,
      reason: "blocked-by-constraints",
      nearest: ["c"],
    });
    expect(ask(nodes, edges, { from: "b", to: "d" })).toEqual({
      ok: false,
      reason: "unreachable",
      nearest: ["e"],
    });
    expect(ask(nodes, edges, { from: "e", to: "a" })).toEqual({ ok: false, reason: "unreachable" });
  });

  it("does not suggest nodes when only the via is in the way", () => {
    expect(ask(nodes, edges, { from: "a", to: "c", via: ["b"] })).toEqual({
      ok: false,
      reason: "blocked-by-constraints",
    });
  });

  it("counts avoiding the target or a via as blocked", () => {
    expect(ask(nodes, edges, { from: "a", to: "e", avoid: ["e"] })).toMatchObject({
      reason: "blocked-by-constraints",
    });
    expect(ask(nodes, edges, { from: "a", to: "e", via: ["c"], avoid: ["c"] })).toMatchObject({
      reason: "blocked-by-constraints",
    });
  });

  it("names every unknown id: from, to and vias", () => {
    expect(ask(nodes, edges, { from: "x", to: "y", via: ["a", "z", "x"] })).toEqual({
      ok: false,
      reason: "unknown-node",
      unknown: ["x", "y", "z"],
    });
  });
});

describe("findRoutes: determinism", () => {
  it("gives the same answer every time, whatever the file order", () => {
    const nodes = positions("s", "p", "q", "r", "t");
    const edges = [
      makeEdge("s", "p"),
      makeEdge("s", "q"),
      makeEdge("s", "r"),
      makeEdge("p", "t"),
      makeEdge("q", "t"),
      makeEdge("r", "t"),
    ];
    const first = ask(nodes, edges, { from: "s", to: "t", k: 2 });
    expect(ask([...nodes].reverse(), [...edges].reverse(), { from: "s", to: "t", k: 2 })).toEqual(first);
    const index = buildRouteIndex(makeGraph(nodes, edges));
    for (let i = 0; i < 3; i++) expect(findRoutes(index, { from: "s", to: "t", k: 2 })).toEqual(first);
    expect(nodesOf(first)).toEqual([
      ["s", "p", "t"],
      ["s", "q", "t"],
    ]);
  });
});
