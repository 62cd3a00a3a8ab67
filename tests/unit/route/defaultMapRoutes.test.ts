import { describe, expect, it } from "vitest";
import careerMap from "../../../data/career-map.json";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import {
  buildRouteIndex,
  EMPTY_QUESTION,
  explainRoute,
  findRoutes,
  OBJECTIVES,
} from "../../../src/domain/route/index.ts";

function bundledGraph(): CareerGraph {
  const result = validateCareerGraph(careerMap);
  if (!result.ok) throw new Error(`data/career-map.json is invalid: ${JSON.stringify(result.errors[0])}`);
  return result.value;
}

const question = { ...EMPTY_QUESTION, from: "medical-records-clerk", to: "coding-director" };

describe("routes on the bundled career map", () => {
  const graph = bundledGraph();
  const index = buildRouteIndex(graph);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));

  it.each(OBJECTIVES)(
    "Medical Records Clerk → Coding Director, by %s, meets every requirement it names",
    (objective) => {
      const answer = findRoutes(index, { ...question, objective }, { k: 5 });
      if (!answer.ok) {
        // Allowed only if the map's own requirements make it impossible, and then the answer names why.
        expect(answer.reason).toMatch(/needs-credential|blocked-by-constraints/);
        return;
      }
      for (const route of answer.routes) {
        expect(route.nodes.at(-1)).toBe("coding-director");
        const held = new Set<string>();
        for (const id of route.nodes.slice(1)) {
          for (const group of byId.get(id)?.requirements?.credentials ?? []) {
            expect(group.oneOf.some((c) => held.has(c))).toBe(true);
          }
          if (byId.get(id)?.kind === "credential") held.add(id);
        }
        expect(explainRoute(index, route).totals.steps).toBe(route.edges.length);
      }
    },
  );

  it("never asks for a held credential again", () => {
    const answer = findRoutes(index, { ...question, held: ["cpc"] }, { k: 5 });
    if (!answer.ok) return;
    for (const route of answer.routes) expect(route.nodes.slice(1)).not.toContain("cpc");
  });

  it("answers 'go through RHIA' with a route through it or a named blocker", () => {
    const answer = findRoutes(index, { ...question, via: ["rhia"] }, { k: 5 });
    if (answer.ok) for (const route of answer.routes) expect(route.nodes).toContain("rhia");
    else expect(answer.reason).not.toBe("blocked-by-constraints");
  });
});
