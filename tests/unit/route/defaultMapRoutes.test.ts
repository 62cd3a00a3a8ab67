import { describe, expect, it } from "vitest";
import careerMap from "../../../data/career-map.json";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import {
  buildRouteIndex,
  explainRoute,
  findRoutes,
  summarizeRoute,
} from "../../../src/domain/route/index.ts";

function bundledGraph(): CareerGraph {
  const result = validateCareerGraph(careerMap);
  if (!result.ok) throw new Error(`data/career-map.json is invalid: ${JSON.stringify(result.errors[0])}`);
  return result.value;
}

describe("routes on the bundled career map", () => {
  const index = buildRouteIndex(bundledGraph());

  it("finds ranked routes from Medical Records Clerk to Coding Director", () => {
    const answer = findRoutes(index, { from: "medical-records-clerk", to: "coding-director", k: 5 });
    if (!answer.ok) throw new Error(`no route: ${JSON.stringify(answer)}`);
    const [best] = answer.routes;
    expect(best?.nodes[0]).toBe("medical-records-clerk");
    expect(best?.nodes.at(-1)).toBe("coding-director");
    expect(answer.routes.length).toBeGreaterThan(1);
    for (let i = 1; i < answer.routes.length; i++) {
      expect(answer.routes[i]?.edges.length).toBeGreaterThanOrEqual(answer.routes[i - 1]?.edges.length ?? 0);
    }
    if (best) {
      expect(explainRoute(index, best).totals.steps).toBe(best.edges.length);
      expect(summarizeRoute(index, best)).toMatch(
        /^Medical Records Clerk → Coding Director: \d+ steps?, \d+/,
      );
    }
  });

  it("never asks for a held credential again", () => {
    const answer = findRoutes(index, {
      from: "medical-records-clerk",
      to: "coding-director",
      held: ["cpc"],
      k: 5,
    });
    if (!answer.ok) throw new Error(`no route: ${JSON.stringify(answer)}`);
    for (const route of answer.routes) expect(route.nodes.slice(1)).not.toContain("cpc");
  });
});
