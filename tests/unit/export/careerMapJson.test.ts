import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import bundled from "../../../data/career-map.json";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import { serializeCareerMap } from "../../../src/ui/careerMapJson.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

function valid(raw: unknown): CareerGraph {
  const result = validateCareerGraph(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const readBack = (graph: CareerGraph) => validateCareerGraph(JSON.parse(serializeCareerMap(graph)));

describe("serializeCareerMap", () => {
  it("writes the bundled map so that reading it back gives the same graph", () => {
    const graph = valid(bundled);
    expect(readBack(graph)).toStrictEqual({ ok: true, value: graph });
  });

  it("writes indented JSON ending in a newline, for people who edit it by hand", () => {
    const text = serializeCareerMap(makeGraph());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "title": "Test map"');
  });

  const label = fc
    .string({ minLength: 1, maxLength: 60, unit: "grapheme" })
    .filter((text) => /\S/.test(text));

  test.prop([
    label,
    label,
    label,
    fc.constantFrom("<script>alert(1)</script>", "__proto__", 'a"]#b', "\u202e"),
  ])("round-trips any labels and ids: validate(parse(serialize(g))) equals g", (title, first, second, id) => {
    const graph = valid({
      ...makeGraph(
        [makePosition(id, "entry", { label: first }), makeCredential("cpc", "entry", { label: second })],
        [makeEdge("cpc", id, "qualifies-for")],
      ),
      title,
    });
    expect(readBack(graph)).toStrictEqual({ ok: true, value: graph });
  });
});
