import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCrossings } from "../../../src/domain/layout/crossings.ts";
import { layoutCareerMap } from "../../../src/domain/layout/layoutCareerMap.ts";
import { countEdgeNodeOverlaps } from "../../../src/domain/layout/overlaps.ts";
import { seeded } from "../../../src/domain/layout/random.ts";
import { fixtureMap } from "./fixtureMap.ts";
import { backwardAdvances, nodesOutsideBands, overlappingBoxes, shuffled, snapshot } from "./layoutChecks.ts";
import { randomLayeredGraph } from "./randomGraph.ts";

const layeredGraph = fc
  .record({
    nodes: fc.integer({ min: 0, max: 45 }),
    edges: fc.integer({ min: 0, max: 100 }),
    levels: fc.integer({ min: 1, max: 5 }),
    seed: fc.integer(),
  })
  .map((options) => randomLayeredGraph(options));

describe("layoutCareerMap on the stand-in map", () => {
  const graph = fixtureMap();
  const layout = layoutCareerMap(graph);

  it("places every node once, and no two boxes overlap", () => {
    expect([...layout.positions.keys()].sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    expect(overlappingBoxes(layout)).toEqual([]);
  });

  it("keeps every node inside its level's band, bands in level order left to right", () => {
    expect(layout.bands.map((band) => band.levelId)).toEqual(graph.levels.map((level) => level.id));
    layout.bands.forEach((band, i) => {
      const next = layout.bands[i + 1];
      if (next) expect(band.x + band.width).toBeLessThanOrEqual(next.x);
    });
    expect(layout.bands[0]?.x).toBe(0);
    expect(nodesOutsideBands(layout, graph)).toEqual([]);
  });

  it("points every advance forward or within its band", () => {
    expect(backwardAdvances(layout, graph)).toEqual([]);
  });

  it("puts a credential left of the positions of its own level that it qualifies for", () => {
    const levelOf = new Map(graph.nodes.map((node) => [node.id, node.level]));
    for (const edge of graph.edges.filter((e) => e.kind === "qualifies-for")) {
      if (levelOf.get(edge.source) !== levelOf.get(edge.target)) continue;
      expect(layout.positions.get(edge.source)?.x).toBeLessThan(layout.positions.get(edge.target)?.x ?? 0);
    }
  });

  it("has fewer crossings than the same sub-columns in id order", () => {
    const naive = layoutCareerMap(graph, { orderingPasses: 0, alignmentPasses: 0 });
    const ordered = countCrossings(layout, graph);
    expect(ordered).toBeLessThan(countCrossings(naive, graph) / 2);
    expect(countEdgeNodeOverlaps(layout, graph)).toBeLessThan(countEdgeNodeOverlaps(naive, graph));
  });

  it("has a landscape shape that fits a 1280×800 screen with labels near full size", () => {
    const aspect = layout.width / layout.height;
    expect(aspect).toBeGreaterThan(1.2);
    expect(aspect).toBeLessThan(2.2);
    expect(Math.min(1280 / layout.width, 800 / layout.height)).toBeGreaterThan(0.75);
  });

  it("gives the same picture for the same map, whatever the order of its nodes and edges", () => {
    expect(snapshot(layoutCareerMap(graph))).toEqual(snapshot(layout));
    const random = seeded(42);
    for (let round = 0; round < 3; round++) {
      const reordered = {
        ...graph,
        nodes: shuffled(graph.nodes, random),
        edges: shuffled(graph.edges, random),
      };
      expect(snapshot(layoutCareerMap(reordered))).toEqual(snapshot(layout));
    }
  });
});

describe("layoutCareerMap on random layered graphs", () => {
  it("never overlaps boxes, keeps nodes in their bands and advances forward", () => {
    fc.assert(
      fc.property(layeredGraph, (graph) => {
        const layout = layoutCareerMap(graph);
        expect(overlappingBoxes(layout)).toEqual([]);
        expect(nodesOutsideBands(layout, graph)).toEqual([]);
        expect(backwardAdvances(layout, graph)).toEqual([]);
        for (const { x, y } of layout.positions.values()) {
          expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("does not depend on the input order", () => {
    fc.assert(
      fc.property(layeredGraph, fc.integer(), (graph, seed) => {
        const random = seeded(seed);
        const reordered = {
          ...graph,
          nodes: shuffled(graph.nodes, random),
          edges: shuffled(graph.edges, random),
        };
        expect(snapshot(layoutCareerMap(reordered))).toEqual(snapshot(layoutCareerMap(graph)));
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
