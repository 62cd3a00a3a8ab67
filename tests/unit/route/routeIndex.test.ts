import { describe, expect, it } from "vitest";
import { buildRouteIndex } from "../../../src/domain/route/index.ts";
import { makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

describe("buildRouteIndex", () => {
  const graph = makeGraph(
    ["d", "b", "c", "a", "b"].map((id) => makePosition(id)),
    [
      makeEdge("a", "d", "advances-to", "e3"),
      makeEdge("a", "c", "advances-to", "e2"),
      makeEdge("a", "d", "advances-to", "e1"),
      makeEdge("a", "a", "lateral", "loop"),
      makeEdge("a", "ghost", "advances-to", "dangling"),
      makeEdge("c", "d", "advances-to", "e4"),
      makeEdge("b", "d", "advances-to", "e5"),
    ],
  );
  const index = buildRouteIndex(graph);
  const edgeIds = (edges: Int32Array) => [...edges].map((e) => index.edges[e]?.id);

  it("numbers nodes in id order and keeps the first of duplicate ids", () => {
    expect(index.ids).toEqual(["a", "b", "c", "d"]);
    expect(index.indexOf.get("d")).toBe(3);
  });

  it("sorts each row by neighbour, then edge id, leaving out self-loops and dangling edges", () => {
    expect([...index.outStart]).toEqual([0, 3, 4, 5, 5]);
    expect([...index.outNode]).toEqual([2, 3, 3, 3, 3]);
    expect(edgeIds(index.outEdge)).toEqual(["e2", "e1", "e3", "e5", "e4"]);
    expect([...index.inStart]).toEqual([0, 0, 0, 1, 5]);
    expect([...index.inNode]).toEqual([0, 0, 0, 1, 2]);
    expect(edgeIds(index.inEdge)).toEqual(["e2", "e1", "e3", "e5", "e4"]);
  });

  it("keeps every edge for lookups", () => {
    expect(index.edges).toHaveLength(7);
    expect(index.edges.map((edge) => edge.id)).toContain("loop");
  });
});
