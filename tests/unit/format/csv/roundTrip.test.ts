import fc from "fast-check";
import { describe, expect, it } from "vitest";
import careerMap from "../../../../data/career-map.json";
import type { CareerGraph } from "../../../../src/domain/careerGraph.ts";
import { readCareerMapSheets } from "../../../../src/domain/format/csv/readCareerMapCsv.ts";
import {
  writeCareerMapCsv,
  writeCareerMapSheets,
} from "../../../../src/domain/format/csv/writeCareerMapCsv.ts";
import { validateCareerGraph } from "../../../../src/domain/format/validateCareerGraph.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../../fixtures/builders.ts";

function valid(raw: unknown): CareerGraph {
  const result = validateCareerGraph(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.value;
}

function read(...sheets: [string, string][]): CareerGraph {
  const result = readCareerMapSheets(sheets.map(([name, text]) => ({ name, text })));
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.value;
}

/** Text as people and hostile files write it: separators, quotes, line breaks, formula starts, any script. */
const awkward = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      'a, "b"; c',
      "line\nbreak",
      "=1+1",
      "-2",
      "@x",
      "'=y",
      "''+z",
      "\tt",
      " lead",
      "trail ",
      "مسار 🚀",
    ),
  )
  .filter((text) => /\S/.test(text));

const randomGraph = fc
  .record({
    labels: fc.array(awkward, { minLength: 2, maxLength: 5 }),
    title: awkward,
    summary: awkward,
    note: awkward,
    years: fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: undefined }),
  })
  .map(({ labels, title, summary, note, years }) => {
    const nodes = labels.map((label, i) =>
      i === 0
        ? makeCredential(`c${i}`, "entry", {
            label,
            summary,
            fees: [{ amount: 1, currency: "USD", year: 2025, member: true, source: "https://a.example/f" }],
          })
        : makePosition(`${label}#${i}`, "mid", { label, summary, name: note }),
    );
    const edges = nodes.slice(2).map((node, i) => ({
      ...makeEdge(nodes[1]?.id ?? "", node.id, "advances-to", `e${i}`),
      basis: { kind: "inferred" as const, note },
      ...(years === undefined
        ? {}
        : { time: { minYears: years, basis: { kind: "inferred" as const, note } } }),
    }));
    return { ...makeGraph(nodes, edges), title };
  });

describe("CSV round trips", () => {
  it("JSON → CSV → JSON is exact for the bundled map, as one sheet and as two", () => {
    const graph = valid(careerMap);
    expect(read(["map.csv", writeCareerMapCsv(graph)])).toStrictEqual(graph);
    const { nodes, edges } = writeCareerMapSheets(graph);
    expect(read(["nodes.csv", nodes], ["edges.csv", edges])).toStrictEqual(graph);
  });

  it("CSV → JSON → CSV is exact", () => {
    const csv = writeCareerMapCsv(valid(careerMap));
    expect(writeCareerMapCsv(read(["map.csv", csv]))).toBe(csv);
  });

  it("JSON → CSV → JSON is exact for awkward text and numbers", () => {
    fc.assert(
      fc.property(randomGraph, (raw) => {
        const graph = valid(raw);
        const csv = writeCareerMapCsv(graph);
        expect(read(["m.csv", csv])).toStrictEqual(graph);
        expect(writeCareerMapCsv(read(["m.csv", csv]))).toBe(csv);
      }),
      { numRuns: 60 },
    );
  });

  it("protects cells that a spreadsheet would run as a formula", () => {
    const graph = valid({ ...makeGraph([makePosition("p", "entry", { label: "=HYPERLINK(1)" })], []) });
    expect(writeCareerMapCsv(graph)).toContain(",'=HYPERLINK(1),");
  });
});
