import { describe, expect, it } from "vitest";
import careerMap from "../../../data/career-map.json";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import { countCrossings } from "../../../src/domain/layout/crossings.ts";
import { layoutCareerMap } from "../../../src/domain/layout/layoutCareerMap.ts";
import { countEdgeNodeOverlaps } from "../../../src/domain/layout/overlaps.ts";
import { backwardAdvances, nodesOutsideBands, overlappingBoxes } from "./layoutChecks.ts";

const result = validateCareerGraph(careerMap);
if (!result.ok) throw new Error("data/career-map.json is invalid; see tests/unit/data");
const graph = result.value;

describe("layoutCareerMap on the bundled map", () => {
  const layout = layoutCareerMap(graph);

  it("draws a clean ladder: no overlapping boxes, nodes in their bands, advances forward", () => {
    expect(overlappingBoxes(layout)).toEqual([]);
    expect(nodesOutsideBands(layout, graph)).toEqual([]);
    expect(backwardAdvances(layout, graph)).toEqual([]);
  });

  it("cuts crossings and edges behind boxes against id order", () => {
    const naive = layoutCareerMap(graph, { orderingPasses: 0, alignmentPasses: 0 });
    expect(countCrossings(layout, graph)).toBeLessThan(countCrossings(naive, graph) / 2);
    expect(countEdgeNodeOverlaps(layout, graph)).toBeLessThan(countEdgeNodeOverlaps(naive, graph));
  });

  it("fits 1280×800 in landscape with labels near full size", () => {
    expect(layout.width / layout.height).toBeGreaterThan(1.2);
    expect(layout.width / layout.height).toBeLessThan(2.2);
    expect(Math.min(1280 / layout.width, 800 / layout.height)).toBeGreaterThan(0.75);
  });
});
