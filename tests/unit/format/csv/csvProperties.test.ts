import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCareerMapSheets } from "../../../../src/domain/format/csv/readCareerMapCsv.ts";
import { csvTemplate } from "../../../../src/domain/format/csv/template.ts";

const placed = (error: { path: string; message: string }) =>
  error.path.length > 0 && error.message.length > 0;

describe("the CSV reader never throws", () => {
  it("on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = readCareerMapSheets([{ name: "x.csv", text }]);
        if (!result.ok) expect(result.errors.every(placed)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("on the template with any cell replaced by any text", () => {
    const rows = csvTemplate()
      .trimEnd()
      .split("\r\n")
      .map((row) => row.split(","));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string({ maxLength: 40 }), (r, c, junk) => {
        const copy = rows.map((row) => [...row]);
        const row = copy[1 + (r % (copy.length - 1))] ?? [];
        row[c % row.length] = JSON.stringify(junk);
        const text = copy.map((cells) => cells.join(",")).join("\n");
        const result = readCareerMapSheets([{ name: "t.csv", text }]);
        if (!result.ok) expect(result.errors.every((e) => placed(e) && e.place !== undefined)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
