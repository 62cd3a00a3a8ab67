import { describe, expect, it } from "vitest";
import type { CareerGraph, CareerNode } from "../../../src/domain/careerGraph.ts";
import { drawsSameMap } from "../../../src/graph-view/drawsSameMap.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const base = makeGraph(
  [makePosition("clerk"), makePosition("coder", "mid"), makeCredential("cpc")],
  [makeEdge("clerk", "coder"), makeEdge("cpc", "coder", "qualifies-for")],
);

const withNode = (id: string, change: Partial<CareerNode>): CareerGraph => ({
  ...base,
  nodes: base.nodes.map((node) => (node.id === id ? { ...node, ...change } : node)),
});

describe("whether two maps are drawn alike", () => {
  it("holds through edits of what is not drawn: summary, full name, sources, the map's title", () => {
    expect(drawsSameMap(base, withNode("coder", { summary: "Codes claims." }))).toBe(true);
    expect(drawsSameMap(base, withNode("cpc", { name: "Certified Professional Coder" }))).toBe(true);
    expect(drawsSameMap(base, withNode("clerk", { sources: [] }))).toBe(true);
    expect(drawsSameMap(base, { ...base, title: "Another title" })).toBe(true);
  });

  it("fails on anything the layout, the elements or the stylesheet read", () => {
    expect(drawsSameMap(base, withNode("coder", { label: "Coder II" }))).toBe(false);
    expect(drawsSameMap(base, withNode("coder", { level: "entry" }))).toBe(false);
    expect(drawsSameMap(base, withNode("cpc", { issuer: "ahima" }))).toBe(false);
    expect(drawsSameMap(base, { ...base, nodes: base.nodes.slice(1) })).toBe(false);
    expect(
      drawsSameMap(base, { ...base, edges: [...base.edges, makeEdge("clerk", "cpc", "prepares-for")] }),
    ).toBe(false);
    const lateral = base.edges.map((edge, i) => (i === 0 ? { ...edge, kind: "lateral" as const } : edge));
    expect(drawsSameMap(base, { ...base, edges: lateral })).toBe(false);
    const renamed = base.levels.map((level, i) => (i === 0 ? { ...level, label: "Starting out" } : level));
    expect(drawsSameMap(base, { ...base, levels: renamed })).toBe(false);
    const issuers = base.issuers.map((issuer, i) =>
      i === 0 ? { ...issuer, label: "Another body" } : issuer,
    );
    expect(base.issuers.length).toBeGreaterThan(0);
    expect(drawsSameMap(base, { ...base, issuers })).toBe(false);
  });
});
