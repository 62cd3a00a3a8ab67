import { describe, expect, it } from "vitest";
import type { CareerEdge } from "../../../src/domain/careerGraph.ts";
import {
  type AskedQuestion,
  buildRouteIndex,
  EMPTY_QUESTION,
  explainRoute,
  findRoutes,
  type Route,
  summarizeRoute,
} from "../../../src/domain/route/index.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const SOURCE = "https://example.org/source";
const sourced = { kind: "sourced", source: SOURCE } as const;
const timed = (edge: CareerEdge, minYears: number, maxYears?: number): CareerEdge => ({
  ...edge,
  time: { minYears, ...(maxYears === undefined ? {} : { maxYears }), basis: sourced },
});

/**
 * Clerk → Coder → Manager → Director. Director asks for RHIA or RHIT and 5 years; Manager prepares for
 * RHIT (1 year), Coder prepares for CPC, CPC opens Coder. RHIA nothing leads to.
 */
const graph = makeGraph(
  [
    makePosition("clerk", "entry", {
      label: "Clerk",
      figures: [{ label: "BLS median", value: 48_000, unit: "usd-per-year", year: 2024, source: SOURCE }],
    }),
    makePosition("coder", "mid", { label: "Coder" }),
    makePosition("manager", "advanced", { label: "Manager" }),
    makePosition("director", "master", {
      label: "Director",
      requirements: {
        credentials: [{ oneOf: ["rhia", "rhit"], basis: sourced }],
        experience: { years: 5, text: "in coding", basis: { kind: "inferred", note: "postings" } },
      },
      figures: [{ label: "AAPC survey", value: 110_000, unit: "usd-per-year", year: 2025, source: SOURCE }],
    }),
    makeCredential("cpc", "entry", {
      label: "CPC",
      fees: [
        { amount: 499, currency: "USD", year: 2025, source: SOURCE, member: false },
        { amount: 399, currency: "USD", year: 2025, source: SOURCE, member: true },
      ],
    }),
    makeCredential("rhit", "mid", {
      label: "RHIT",
      fees: [{ amount: 299, currency: "USD", year: 2024, source: SOURCE }],
    }),
    makeCredential("rhia", "advanced", { label: "RHIA" }),
  ],
  [
    timed(makeEdge("clerk", "coder"), 1, 2),
    timed(makeEdge("coder", "manager"), 2, 3),
    timed(makeEdge("manager", "director"), 1),
    makeEdge("manager", "director", "lateral", "manager=>director"),
    timed(makeEdge("manager", "rhit", "prepares-for"), 1),
    timed(makeEdge("clerk", "cpc", "prepares-for"), 0.5),
    makeEdge("cpc", "coder", "qualifies-for"),
    makeEdge("rhia", "director", "qualifies-for"),
  ],
);
const index = buildRouteIndex(graph);
const ask = (question: Partial<AskedQuestion>): AskedQuestion => ({
  ...EMPTY_QUESTION,
  from: "clerk",
  to: "director",
  ...question,
});

function routes(question: Partial<AskedQuestion>, k = 5): readonly Route[] {
  const answer = findRoutes(index, ask(question), { k });
  if (!answer.ok) throw new Error(`no route: ${JSON.stringify(answer)}`);
  return answer.routes;
}

describe("routes that honour requirements", () => {
  it("earns the credential the goal asks for and waits for the experience", () => {
    const [best] = routes({});
    expect(best?.edges).toEqual([
      "clerk->cpc",
      "cpc->coder",
      "coder->manager",
      "manager->rhit",
      "manager->director",
    ]);
    const explanation = explainRoute(index, best as Route);
    // 0.5 (CPC) + 2–3 (Coder) puts Manager at 2.5–3.5; RHIT after a year there; Director asks 5 years.
    expect(explanation.totals.years).toEqual({ min: 5, max: 5 });
    expect(explanation.steps.at(-1)?.waitYears).toBeCloseTo(1.5);
    expect(explanation.totals.credentialsToEarn.map((c) => c.id)).toEqual(["cpc", "rhit"]);
    expect(explanation.totals.fees).toEqual({ amount: 399 + 299, currency: "USD", years: [2024, 2025] });
    expect(explanation.totals.payAtStart?.value).toBe(48_000);
    expect(explanation.totals.payAtGoal).toMatchObject({ value: 110_000, year: 2025, label: "AAPC survey" });
    const director = explanation.steps.at(-1);
    expect(director?.needs[0]).toMatchObject({ kind: "credential", metBy: { id: "rhit" }, basis: sourced });
    expect(director?.otherKinds).toEqual(["lateral"]);
    expect(summarizeRoute(explanation)).toBe("Clerk → Director: 5 steps, 2 credentials");
  });

  it("merges parallel paths into one route and keeps ranks distinct", () => {
    const all = routes({ objective: "steps" });
    const ends = new Map(graph.edges.map((e) => [e.id, `${e.source}>${e.target}`]));
    const looks = all.map((route) => route.edges.map((id) => ends.get(id)).join(" "));
    expect(new Set(looks).size).toBe(looks.length);
    expect(all.filter((route) => route.edges.includes("manager=>director"))).toEqual([]);
  });

  it("ranks by the objective: fewest steps and lowest cost differ from fastest", () => {
    const [fewest] = routes({ objective: "steps" });
    expect(fewest?.cost.steps).toBe(4);
    const [cheapest] = routes({ objective: "cost" });
    expect(cheapest?.cost.feeCents).toBe(29_900);
    expect(cheapest?.edges).not.toContain("clerk->cpc");
  });

  it("counts held credentials and never earns them again", () => {
    const [best] = routes({ held: ["rhit"] });
    expect(best?.edges).not.toContain("manager->rhit");
    expect(explainRoute(index, best as Route, ["rhit"]).steps.at(-1)?.needs[0]).toMatchObject({
      metBy: { id: "rhit" },
    });
  });

  it("without requirements follows the arrows as drawn", () => {
    const [best] = routes({ requirements: false, objective: "steps" });
    expect(best?.edges).toEqual(["clerk->coder", "coder->manager", "manager->director"]);
  });
});

describe("no route names what is in the way", () => {
  it("a goal whose credentials nothing leads to", () => {
    const lonely = buildRouteIndex(
      makeGraph(
        [
          makePosition("clerk"),
          makePosition("boss", "master", {
            requirements: { credentials: [{ oneOf: ["rhia"], basis: sourced }] },
          }),
          makeCredential("rhia"),
        ],
        [makeEdge("clerk", "boss"), makeEdge("rhia", "boss", "qualifies-for")],
      ),
    );
    expect(findRoutes(lonely, ask({ to: "boss" }))).toEqual({
      ok: false,
      reason: "needs-credential",
      node: "boss",
      groups: [["rhia"]],
    });
    expect(findRoutes(lonely, ask({ to: "boss", requirements: false })).ok).toBe(true);
  });

  it("a stop that does not lead towards the goal", () => {
    const answer = findRoutes(index, ask({ via: ["rhia"] }));
    expect(answer).toMatchObject({ ok: false, reason: "stop-out-of-reach", stop: "rhia" });
    const cpcFirst = findRoutes(index, ask({ from: "manager", to: "coder" }));
    expect(cpcFirst).toMatchObject({ ok: false, reason: "unreachable" });
  });

  it("unknown ids", () => {
    expect(findRoutes(index, ask({ from: "ghost" }))).toEqual({
      ok: false,
      reason: "unknown-node",
      unknown: ["ghost"],
    });
  });

  it("says so when the work limit stops the search", () => {
    const answer = findRoutes(index, ask({}), { k: 5, workLimit: 2 });
    expect(answer.ok ? !answer.complete : answer.incomplete).toBe(true);
  });
});

describe("explainRoute", () => {
  it("rejects a route that does not belong to the map", () => {
    const cost = { monthsMin: 0, monthsMax: 0, steps: 0, feeCents: 0 };
    expect(() => explainRoute(index, { nodes: ["clerk", "nobody"], edges: ["x"], cost })).toThrow(RangeError);
    expect(() =>
      explainRoute(index, { nodes: ["clerk", "manager"], edges: ["coder->manager"], cost }),
    ).toThrow(RangeError);
  });

  it("explains a 0-step route", () => {
    const stay = explainRoute(index, {
      nodes: ["coder"],
      edges: [],
      cost: { monthsMin: 0, monthsMax: 0, steps: 0, feeCents: 0 },
    });
    expect(stay.totals).toMatchObject({ steps: 0, years: { min: 0, max: 0 }, credentialsToEarn: [] });
  });
});
