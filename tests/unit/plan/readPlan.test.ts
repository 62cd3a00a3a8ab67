import { describe, expect, it } from "vitest";
import { mergePlans, missingIds, withMark, withNote } from "../../../src/domain/plan/editPlan.ts";
import { mapIdentity, mapKey } from "../../../src/domain/plan/mapIdentity.ts";
import { emptyPlan } from "../../../src/domain/plan/plan.ts";
import { readPlanText } from "../../../src/domain/plan/readPlan.ts";
import { planDocument, writePlanText } from "../../../src/domain/plan/writePlan.ts";
import { makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const AT = "2026-11-29T10:00:00.000Z";

describe("reading a plan file", () => {
  it("names the place of each problem", () => {
    const text = JSON.stringify({
      ...planDocument(emptyPlan("m", "t")),
      nodes: [
        { id: "a", mark: "finished", changedAt: AT },
        { id: " ", changedAt: "yesterday" },
      ],
    });
    const reading = readPlanText(text);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors.map((e) => e.path)).toEqual(["nodes[0].mark", "nodes[1].id", "nodes[1].changedAt"]);
  });

  it("refuses a map file, a plan for another map and a repeated node", () => {
    expect(readPlanText(JSON.stringify(makeGraph()))).toMatchObject({ ok: false, problem: "unreadable" });
    const plan = withMark(emptyPlan("m", "Theirs"), "a", "done", AT);
    expect(readPlanText(writePlanText(plan), "other")).toMatchObject({
      ok: false,
      problem: "other-map",
      mapTitle: "Theirs",
    });
    const twice = {
      ...planDocument(plan),
      nodes: [...planDocument(plan).nodes, ...planDocument(plan).nodes],
    };
    expect(readPlanText(JSON.stringify(twice))).toMatchObject({
      ok: false,
      errors: [{ path: "nodes[1].id" }],
    });
  });

  it("tells a newer plan version from an older one", () => {
    const doc = planDocument(emptyPlan("m", "t"));
    expect(readPlanText(JSON.stringify({ ...doc, version: 2 }))).toMatchObject({ problem: "newer" });
    expect(readPlanText(JSON.stringify({ ...doc, version: 0 }))).toMatchObject({ problem: "older" });
    expect(readPlanText(JSON.stringify({ ...doc, version: undefined }))).toMatchObject({ problem: "older" });
  });

  it("drops unknown keys and keeps ids the map may not have", () => {
    const doc = planDocument(withNote(emptyPlan("m", "t"), "gone", "kept", AT));
    const reading = readPlanText(JSON.stringify({ ...doc, extra: { deep: [1] } }));
    expect(reading.ok && reading.plan.entries.get("gone")?.note).toBe("kept");
  });
});

describe("editing and merging plans", () => {
  it("records when a mark was set and removes an entry left empty", () => {
    let plan = withMark(emptyPlan("m", "t"), "a", "planned", AT);
    expect(plan.entries.get("a")).toEqual({ mark: "planned", markedAt: AT, changedAt: AT });
    plan = withMark(plan, "a", null, AT);
    expect(plan.entries.has("a")).toBe(false);
  });

  it("keeps the entry changed last and entries only one side has", () => {
    const mine = withMark(
      withMark(emptyPlan("m", "t"), "a", "done", "2026-01-02T00:00:00.000Z"),
      "b",
      "planned",
      AT,
    );
    const theirs = withMark(
      withNote(emptyPlan("m", "t"), "a", "old", "2026-01-01T00:00:00.000Z"),
      "c",
      "skipped",
      AT,
    );
    const merged = mergePlans(mine, theirs);
    expect(merged.entries.get("a")?.mark).toBe("done");
    expect([...merged.entries.keys()].sort()).toEqual(["a", "b", "c"]);
    expect(missingIds(merged, (id) => id !== "c")).toEqual(["c"]);
  });
});

describe("map identity", () => {
  const graph = makeGraph();
  it("survives a re-export with other key order and edited texts", () => {
    const reexported = JSON.parse(
      JSON.stringify({ ...graph, title: "Renamed", nodes: [...graph.nodes].reverse() }),
    );
    expect(mapIdentity(reexported)).toBe(mapIdentity(graph));
  });
  it("differs between maps with the same title but other nodes or paths", () => {
    const more = makeGraph([...graph.nodes, makePosition("extra")], graph.edges);
    const rewired = makeGraph(graph.nodes, [
      makeEdge("clerk", "coder", "lateral", "clerk->coder"),
      ...graph.edges.slice(1),
    ]);
    expect(mapIdentity(more)).not.toBe(mapIdentity(graph));
    expect(
      mapIdentity(makeGraph(graph.nodes, [makeEdge("coder", "clerk", "advances-to", "clerk->coder")])),
    ).not.toBe(mapIdentity(graph));
    expect(mapIdentity(rewired)).toBe(mapIdentity(graph));
  });
  it("gives the bundled map, and copies of it, a fixed name", () => {
    expect(mapKey(graph, graph)).toBe("bundled");
    expect(mapKey(JSON.parse(JSON.stringify(graph)), graph)).toBe("bundled");
    expect(mapKey(makeGraph([makePosition("x")], []), graph)).toMatch(/^map-[0-9a-f]{16}$/);
  });
});
