import { describe, expect, it } from "vitest";
import { buildGraphIndex } from "../../../src/domain/graphIndex.ts";
import { withMark } from "../../../src/domain/plan/editPlan.ts";
import { emptyPlan } from "../../../src/domain/plan/plan.ts";
import { whatIsLeft } from "../../../src/domain/plan/whatIsLeft.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const basis = { kind: "inferred", note: "test" } as const;
const fee = (amount: number, currency = "USD") => ({
  amount,
  currency,
  year: 2025,
  source: "https://example.org/f",
});
const graph = makeGraph(
  [
    makePosition("a"),
    makeCredential("c1", "entry", { fees: [fee(300), fee(250)] }),
    makePosition("b", "mid"),
    makeCredential("c2", "mid"),
    makePosition("d", "advanced"),
  ],
  [
    { ...makeEdge("a", "c1", "prepares-for"), time: { minYears: 1, maxYears: 2, basis } },
    makeEdge("c1", "b", "qualifies-for"),
    { ...makeEdge("b", "c2", "prepares-for"), time: { minYears: 2, basis } },
    { ...makeEdge("c2", "d", "qualifies-for"), time: { minYears: 0.5, maxYears: 1, basis } },
  ],
);
const index = buildGraphIndex(graph);
const route = { nodes: ["a", "c1", "b", "c2", "d"], edges: graph.edges.map((e) => e.id) };
const AT = "2026-01-01T00:00:00.000Z";

describe("what is left of a route", () => {
  it("adds the years and the cheapest fees of the steps not done or skipped, and counts what has none", () => {
    const left = whatIsLeft(route, index.nodeById, index.edgeById, emptyPlan("m", "t"));
    expect(left.years).toEqual({ min: 3.5, max: 5, stepsWithout: 1 });
    expect(left.fees).toEqual([{ currency: "USD", amount: 250 }]);
    expect(left.credentialsWithoutFees).toBe(1);
  });

  it("sets aside the steps marked done or skipped, but not those only planned", () => {
    let plan = withMark(emptyPlan("m", "t"), "c1", "done", AT);
    plan = withMark(plan, "c2", "skipped", AT);
    plan = withMark(plan, "d", "planned", AT);
    const left = whatIsLeft(route, index.nodeById, index.edgeById, plan);
    expect(left.steps.map((step) => step.settled)).toEqual([true, true, false, true, false]);
    expect(left.years).toEqual({ min: 0.5, max: 1, stepsWithout: 1 });
    expect(left.fees).toEqual([]);
    expect(left.credentialsWithoutFees).toBe(0);
  });

  it("gives no years when no open step has a figure", () => {
    const plan = withMark(withMark(emptyPlan("m", "t"), "c1", "done", AT), "c2", "done", AT);
    const left = whatIsLeft(
      { nodes: ["a", "c1", "b"], edges: route.edges.slice(0, 2) },
      index.nodeById,
      index.edgeById,
      plan,
    );
    expect(left.years).toBeNull();
  });
});
