import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import type { CareerLayout } from "../../../src/domain/layout/types.ts";
import { closePairPaths } from "../../../src/graph-view/closePairs.ts";
import { toElements } from "../../../src/graph-view/toElements.ts";
import { makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const graph = makeGraph(
  ["coder", "auditor", "biller", "educator"].map((id) => makePosition(id, "entry")),
  [
    makeEdge("coder", "auditor", "lateral", "coder-auditor"),
    makeEdge("auditor", "coder", "lateral", "auditor-coder"),
    makeEdge("biller", "educator", "lateral", "biller-educator"),
    makeEdge("educator", "biller", "lateral", "educator-biller"),
    makeEdge("coder", "biller", "lateral", "coder-biller"),
  ],
);

const box = { width: 120, height: 42 };
/** A big map's column: coder above auditor with an 18 px gap; biller and educator side by side, 80 apart. */
const layout: CareerLayout = {
  positions: new Map([
    ["coder", { x: 100, y: 100 }],
    ["auditor", { x: 100, y: 160 }],
    ["biller", { x: 400, y: 100 }],
    ["educator", { x: 600, y: 100 }],
  ]),
  sizes: new Map(["coder", "auditor", "biller", "educator"].map((id) => [id, box])),
  bands: [],
  width: 700,
  height: 300,
  titleHeight: 40,
  arrangement: [],
};

describe("paths both ways between close boxes", () => {
  it("are the pairs whose boxes stand too close for two curves, and only those", () => {
    expect([...closePairPaths(graph, layout)].sort()).toEqual(["auditor-coder", "coder-auditor"]);
  });

  it("are drawn straight, so Cytoscape draws them instead of refusing both", () => {
    const cy = cytoscape({ headless: true, elements: toElements(graph, layout) });
    const straight = cy.edges(".close-pair").map((edge) => edge.data("careerId") as string);
    expect(straight.sort()).toEqual(["auditor-coder", "coder-auditor"]);
    expect(cy.edges(".lateral").length).toBe(5);
  });
});
