import { describe, expect, it } from "vitest";
import {
  buildRouteIndex,
  explainRoute,
  findRoutes,
  type Route,
  summarizeRoute,
} from "../../../src/domain/route/index.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const SOURCE = "https://example.org/exam";
const graph = makeGraph(
  [
    makePosition("clerk", "entry", { label: "Medical Records Clerk" }),
    makeCredential("cpc", "entry", {
      label: "CPC",
      exam: { text: "100 questions on coding.", source: SOURCE, questions: 100, minutes: 240 },
      prerequisites: [{ text: "AAPC membership.", source: SOURCE }],
      apprentice: { designation: "CPC-A", text: "Without two years of experience.", source: SOURCE },
    }),
    makePosition("coder", "mid", {
      label: "Coder",
      prerequisites: [{ text: "A coding credential.", source: SOURCE }],
    }),
    makePosition("auditor", "mid", { label: "Auditor" }),
    makePosition("director", "master", { label: "Coding Director" }),
  ],
  [
    makeEdge("clerk", "cpc", "prepares-for"),
    makeEdge("cpc", "coder", "qualifies-for"),
    makeEdge("coder", "auditor", "lateral"),
    makeEdge("auditor", "director", "advances-to"),
  ],
);
const index = buildRouteIndex(graph);

function only(route: ReturnType<typeof findRoutes>): Route {
  if (!route.ok || route.routes[0] === undefined) throw new Error("expected a route");
  return route.routes[0];
}

describe("explainRoute", () => {
  const route = only(findRoutes(index, { from: "clerk", to: "director" }));
  const explanation = explainRoute(index, route);

  it("names each step and what it takes", () => {
    expect(explanation.steps.map((step) => [step.number, step.kind, step.from.id, step.to.id])).toEqual([
      [1, "earn-credential", "clerk", "cpc"],
      [2, "qualify", "cpc", "coder"],
      [3, "lateral", "coder", "auditor"],
      [4, "advance", "auditor", "director"],
    ]);
    expect(explanation.steps[0]?.requirements).toEqual([
      { kind: "exam", text: "100 questions on coding.", source: SOURCE, questions: 100, minutes: 240 },
      { kind: "prerequisite", text: "AAPC membership.", source: SOURCE },
      { kind: "apprentice", designation: "CPC-A", text: "Without two years of experience.", source: SOURCE },
    ]);
    expect(explanation.steps[1]?.requirements).toEqual([
      { kind: "prerequisite", text: "A coding credential.", source: SOURCE },
    ]);
    expect(explanation.steps[3]?.requirements).toEqual([]);
    expect(explanation.steps[0]?.basis).toEqual({ kind: "inferred", note: "test fixture" });
  });

  it("totals steps, credentials to earn and positions", () => {
    expect(explanation.start.label).toBe("Medical Records Clerk");
    expect(explanation.end.id).toBe("director");
    expect(explanation.totals).toEqual({ steps: 4, credentialsToEarn: 1, positions: 3 });
  });

  it("does not count a held credential the route starts from", () => {
    const held = only(findRoutes(index, { from: "clerk", to: "director", held: ["cpc"] }));
    expect(explainRoute(index, held).totals).toEqual({ steps: 3, credentialsToEarn: 0, positions: 3 });
  });

  it("explains a 0-step route", () => {
    const stay = explainRoute(index, { nodes: ["coder"], edges: [] });
    expect(stay).toMatchObject({ steps: [], totals: { steps: 0, credentialsToEarn: 0, positions: 0 } });
  });

  it("rejects a route that does not belong to the map", () => {
    expect(() => explainRoute(index, { nodes: ["clerk", "nobody"], edges: ["x"] })).toThrow(RangeError);
    expect(() => explainRoute(index, { nodes: ["clerk", "coder"], edges: ["clerk->cpc"] })).toThrow(
      RangeError,
    );
    expect(() => explainRoute(index, { nodes: ["clerk", "cpc"], edges: [] })).toThrow(RangeError);
    expect(() => explainRoute(index, { nodes: [], edges: [] })).toThrow(RangeError);
  });
});

describe("summarizeRoute", () => {
  it("gives one line with labels, steps and credentials", () => {
    const route = only(findRoutes(index, { from: "clerk", to: "director" }));
    expect(summarizeRoute(index, route)).toBe(
      "Medical Records Clerk → Coding Director: 4 steps, 1 credential",
    );
    expect(summarizeRoute(index, { nodes: ["coder"], edges: [] })).toBe(
      "Coder → Coder: 0 steps, 0 credentials",
    );
  });
});
