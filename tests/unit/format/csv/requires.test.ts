import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CareerGraph } from "../../../../src/domain/careerGraph.ts";
import { readCareerMapSheets } from "../../../../src/domain/format/csv/readCareerMapCsv.ts";
import { writeCareerMapCsv } from "../../../../src/domain/format/csv/writeCareerMapCsv.ts";
import { validateCareerGraph } from "../../../../src/domain/format/validateCareerGraph.ts";
import { makeCredential, makeGraph, makePosition } from "../../../fixtures/builders.ts";

const HEADER =
  "kind,id,label,level,issuer,summary,sources,requires,requires basis,requires source,requirements";
const TOP = [
  "map,,Ladder,,,,,,,,",
  "level,entry,Entry,,,,,,,,",
  "issuer,ahima,AHIMA,,,,,,,,",
  ...["rhia", "rhit", "ccs", "cpc"].map(
    (id) => `credential,${id},${id.toUpperCase()},entry,ahima,About.,https://a.example,,,,`,
  ),
];
const read = (...rows: string[]) =>
  readCareerMapSheets([{ name: "m.csv", text: [HEADER, ...TOP, ...rows].join("\n") }]);

describe('the "requires" columns', () => {
  it('read "rhia or rhit; ccs or cpc" as two groups with one basis, beside other requirements', () => {
    const result = read(
      'position,mgr,Manager,entry,,Runs it.,https://a.example,rhia or rhit; ccs OR cpc;,sourced,https://b.example,"{""experience"":{""years"":5,""basis"":{""kind"":""inferred"",""note"":""n""}}}"',
    );
    const basis = { kind: "sourced", source: "https://b.example" };
    expect(result.ok ? result.value.nodes.at(-1)?.requirements : result.errors).toStrictEqual({
      credentials: [
        { oneOf: ["rhia", "rhit"], basis },
        { oneOf: ["ccs", "cpc"], basis },
      ],
      experience: { years: 5, basis: { kind: "inferred", note: "n" } },
    });
  });

  it("place their problems in their own columns", () => {
    const result = read("position,mgr,Manager,entry,,Runs it.,https://a.example,rhia or rhix,,,");
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => e.place)).toStrictEqual([
      "m.csv, row 9, column I (requires basis)",
      "m.csv, row 9, column H (requires)",
    ]);
    expect(errors[0]?.message).toBe(
      'is missing. Write "sourced" (with the link in the source column) or "inferred" (with a note).',
    );
    expect(errors[1]?.message).toMatch(/^"rhix" is not a node on this map\./);
  });

  it("refuse groups in both places", () => {
    const result = read(
      'position,mgr,Manager,entry,,Runs it.,https://a.example,rhia,sourced,https://b.example,"{""credentials"":[]}"',
    );
    expect(result.ok ? [] : result.errors.map((e) => e.place)).toStrictEqual([
      "m.csv, row 9, column H (requires)",
    ]);
  });

  it("write what plain words say exactly, and the rest as JSON, so round trips stay exact", () => {
    const id = fc.constantFrom("rhia", "RH IA", "a or b", "x;y", " pad", "or", "c-1");
    const basis = fc.constantFrom(
      { kind: "sourced" as const, source: "https://b.example" },
      { kind: "inferred" as const, note: "Ours." },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
        fc.array(basis, { minLength: 3, maxLength: 3 }),
        (ids, picks, bases) => {
          const credentials = picks.map(([a, b], g) => ({
            oneOf: [...new Set([ids[a % ids.length] ?? "", ids[b % ids.length] ?? ""])],
            basis: bases[g] ?? bases[0] ?? { kind: "inferred" as const, note: "x" },
          }));
          const raw = makeGraph(
            [
              ...ids.map((c) => makeCredential(c)),
              makePosition("p", "entry", { requirements: { credentials } }),
            ],
            [],
          );
          const valid = validateCareerGraph(raw);
          if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
          const graph: CareerGraph = valid.value;
          const csv = writeCareerMapCsv(graph);
          const back = readCareerMapSheets([{ name: "m.csv", text: csv }]);
          expect(back).toStrictEqual({ ok: true, value: graph });
          if (back.ok) expect(writeCareerMapCsv(back.value)).toBe(csv);
        },
      ),
      { numRuns: 80 },
    );
  });
});
