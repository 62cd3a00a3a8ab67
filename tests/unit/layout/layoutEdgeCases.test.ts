import { describe, expect, it } from "vitest";
import { layoutCareerMap } from "../../../src/domain/layout/layoutCareerMap.ts";
import { makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";
import { nodesOutsideBands, overlappingBoxes } from "./layoutChecks.ts";
import { randomLayeredGraph } from "./randomGraph.ts";

describe("layoutCareerMap on big graphs", () => {
  // Each size takes a different path: searched (≤400 edges), scored sweeps (≤3000), plain sweeps.
  it.each([
    [600, 2_500],
    [5_000, 20_000],
  ])("lays out %i nodes and %i edges cleanly and quickly", (nodes, edges) => {
    const graph = randomLayeredGraph({ nodes, edges, seed: 3 });
    const start = performance.now();
    const layout = layoutCareerMap(graph);
    // The bench measures properly; this only catches a lost order of magnitude.
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(overlappingBoxes(layout)).toEqual([]);
    expect(nodesOutsideBands(layout, graph)).toEqual([]);
  });
});

describe("layoutCareerMap edge cases", () => {
  it("lays out an empty map as bare bands", () => {
    const layout = layoutCareerMap(makeGraph([], []));
    expect(layout.positions.size).toBe(0);
    expect(layout.bands).toHaveLength(4);
    expect(layout.width).toBeGreaterThan(0);
  });

  it("keys by id with Maps, so ids like __proto__ work", () => {
    const graph = makeGraph(
      [makePosition("__proto__"), makePosition("constructor", "mid"), makePosition("toString", "mid")],
      [makeEdge("__proto__", "constructor"), makeEdge("constructor", "toString", "lateral")],
    );
    const layout = layoutCareerMap(graph);
    expect(layout.positions.get("__proto__")).toBeDefined();
    expect(overlappingBoxes(layout)).toEqual([]);
  });

  it("does not throw on a node of an unknown level or an edge to a missing node", () => {
    const graph = makeGraph([makePosition("a"), makePosition("b", "nowhere")], [makeEdge("a", "ghost")]);
    const layout = layoutCareerMap(graph);
    const last = layout.bands.at(-1);
    const b = layout.positions.get("b");
    expect(b && last && b.x > last.x && b.x < last.x + last.width).toBe(true);
  });

  it("uses the sizes given, estimating the rest", () => {
    const graph = makeGraph([makePosition("a"), makePosition("b")], []);
    const layout = layoutCareerMap(graph, { nodeSize: new Map([["a", { width: 300, height: 120 }]]) });
    expect(layout.sizes.get("a")).toEqual({ width: 300, height: 120 });
    expect(layout.sizes.get("b")?.height).toBe(44);
    const byFunction = layoutCareerMap(graph, { nodeSize: () => ({ width: 50, height: 20 }) });
    expect(byFunction.sizes.get("b")).toEqual({ width: 50, height: 20 });
  });

  it("splits a tall band into sub-columns to fit the screen", () => {
    const nodes = Array.from({ length: 40 }, (_, i) => makePosition(`p${String(i).padStart(2, "0")}`));
    const layout = layoutCareerMap(makeGraph(nodes, []));
    expect(new Set([...layout.positions.values()].map((p) => p.x)).size).toBeGreaterThan(1);
    expect(overlappingBoxes(layout)).toEqual([]);
  });
});
