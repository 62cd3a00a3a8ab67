import { describe, expect, it } from "vitest";
import type { CareerEdge } from "../../../src/domain/careerGraph.ts";
import { buildRouteIndex, EMPTY_QUESTION, findRoutes } from "../../../src/domain/route/index.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const basis = { kind: "inferred", note: "test" } as const;
const needs = (...oneOf: string[]) => ({ requirements: { credentials: [{ oneOf, basis }] } });
const timed = (edge: CareerEdge, years: number): CareerEdge => ({
  ...edge,
  time: { minYears: years, basis },
});

/**
 * Two maps the property test found (decision 0013): with a go-through stop the finder missed the quickest
 * route, because its bounds made the rest of the route run through the stop, and because exams earned one
 * after another were only tried in one order even when a stop fixes the order.
 */
describe("routes through a stop", () => {
  it("finds the route that earns the stop in a role and goes on from that role", () => {
    // Coder c is entered with credential B; in c one earns the stop G, then the goal P.
    const graph = makeGraph(
      [
        makePosition("b", "entry", needs("B")),
        makePosition("c", "entry"),
        makeCredential("B", "entry"),
        makeCredential("G", "entry"),
        makeCredential("P", "entry"),
      ],
      [
        makeEdge("b", "B", "prepares-for"),
        timed(makeEdge("b", "G", "prepares-for"), 0.5),
        makeEdge("B", "c", "qualifies-for"),
        timed(makeEdge("c", "G", "prepares-for"), 0),
        timed(makeEdge("c", "P", "prepares-for"), 0),
      ],
    );
    const answer = findRoutes(
      buildRouteIndex(graph),
      { ...EMPTY_QUESTION, from: "b", to: "P", via: ["G"], objective: "fastest" },
      { k: 2 },
    );
    if (!answer.ok) throw new Error(answer.reason);
    expect(answer.routes.map((r) => [r.nodes.join(" > "), r.cost.monthsMin])).toEqual([
      ["b > B > c > G > P", 0],
      ["b > B > G > c > P", 6],
    ]);
  });

  it("earns the stop before an exam that sorts before it", () => {
    const graph = makeGraph(
      [makePosition("r", "entry"), makeCredential("Z", "entry"), makeCredential("A", "entry")],
      [makeEdge("r", "Z", "prepares-for"), makeEdge("r", "A", "prepares-for")],
    );
    const answer = findRoutes(buildRouteIndex(graph), { ...EMPTY_QUESTION, from: "r", to: "A", via: ["Z"] });
    if (!answer.ok) throw new Error(answer.reason);
    expect(answer.routes[0]?.nodes).toEqual(["r", "Z", "A"]);
  });
});
