import { describe, expect, it } from "vitest";
import { exhaustiveRoutes } from "../../../src/domain/route/exhaustive.ts";
import { buildRouteIndex, findRoutes } from "../../../src/domain/route/index.ts";
import { beginQuery, markStartOnly } from "../../../src/domain/route/scratch.ts";
import { makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

/**
 * The best few ways from s to the via v all pass x, and the only way on from v to t needs x too, so a
 * search that only tries the best few first legs finds nothing; the long way round a1..a6 is the answer.
 */
const detour = ["a1", "a2", "a3", "a4", "a5", "a6"];
const crowded = ["y1", "y2", "y3", "y4", "y5"];
const graph = makeGraph(
  ["s", "x", "v", "t", ...detour, ...crowded].map((id) => makePosition(id)),
  [
    makeEdge("s", "x"),
    makeEdge("x", "v"),
    ...crowded.flatMap((y) => [makeEdge("x", y), makeEdge(y, "v")]),
    makeEdge("s", "a1"),
    ...detour.slice(1).map((a, i) => makeEdge(detour[i] as string, a)),
    makeEdge("a6", "v"),
    makeEdge("v", "x", "advances-to", "v->x"),
    makeEdge("x", "t"),
  ],
);
const index = buildRouteIndex(graph);

describe("routes through vias when legs compete for nodes", () => {
  it("still finds the route when the best first legs all block the second", () => {
    const answer = findRoutes(index, { from: "s", to: "t", via: ["v"] });
    expect(answer).toMatchObject({ ok: true, routes: [{ nodes: ["s", ...detour, "v", "x", "t"] }] });
  });

  it("says when the exhaustive search stopped at its work limit", () => {
    const number = (id: string) => index.indexOf.get(id) ?? -1;
    beginQuery(index.scratch);
    markStartOnly(index.scratch, [number("s")]);
    const checkpoints = [number("v"), number("t")];
    expect(exhaustiveRoutes(index, [number("s")], checkpoints, 1, [], 3)).toEqual({
      paths: [],
      complete: false,
    });
    const full = exhaustiveRoutes(index, [number("s")], checkpoints, 1, [], 1_000);
    expect(full.complete).toBe(true);
    expect(full.paths[0]?.nodes.map((v) => index.ids[v])).toEqual(["s", ...detour, "v", "x", "t"]);
  });
});
