import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCareerMapBytes, readCareerMapText } from "../../../src/domain/format/readCareerMapFile.ts";
import { makeGraph } from "../../fixtures/builders.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const valid = JSON.stringify(makeGraph());

function firstError(result: ReturnType<typeof readCareerMapText>) {
  if (result.ok) throw new Error("expected a rejection");
  return result.errors[0];
}

describe("readCareerMapBytes", () => {
  it("names an empty file", () => {
    expect(firstError(readCareerMapBytes(new Uint8Array(), "mine.json"))?.message).toBe(
      "mine.json is empty.",
    );
    expect(firstError(readCareerMapText("  \n", "mine.json"))?.message).toBe("mine.json is empty.");
  });

  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], "This looks like a PNG image, not a career map (.json or .csv)."],
    [
      [0x50, 0x4b, 0x03, 0x04, 0x14],
      'This looks like a zip archive or an Office file such as .xlsx, not a career map (.json or .csv). From a spreadsheet, save each sheet as "CSV UTF-8" and open those.',
    ],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], "This looks like a PDF document, not a career map (.json or .csv)."],
  ])("names the kind of a binary file %#", (bytes, message) => {
    expect(firstError(readCareerMapBytes(new Uint8Array(bytes)))?.message).toBe(message);
  });

  it("names HTML and SVG pages", () => {
    expect(firstError(readCareerMapText("<!DOCTYPE html><html>404</html>"))?.message).toMatch(
      /web page \(HTML\)/,
    );
    expect(firstError(readCareerMapText('<svg xmlns="http://www.w3.org/2000/svg"/>'))?.message).toMatch(
      /SVG image/,
    );
  });

  it("accepts a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(valid)]);
    expect(readCareerMapBytes(bytes).ok).toBe(true);
  });

  it("asks for UTF-8 when the file is UTF-16", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x7b, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x7b]);
    for (const bytes of [le, be]) {
      expect(firstError(readCareerMapBytes(bytes, "m.json"))?.message).toBe(
        "m.json is saved as UTF-16. Save it as UTF-8 (from a spreadsheet: CSV UTF-8) and open it again.",
      );
    }
  });

  it("refuses a file over the size limit before decoding it", () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    expect(firstError(readCareerMapBytes(big, "big.json"))?.message).toBe(
      "big.json is larger than 10 MB, the most this app reads.",
    );
  });
});

describe("readCareerMapText: JSON syntax", () => {
  it.each([
    ["cut off", valid.slice(0, 40), 1],
    ["trailing comma", '{\n  "version": 1,\n}', 3],
    ["NaN", '{"version": NaN}', 1],
    ["two objects", "{}\n{}", 2],
  ])("points at the line and column: %s", (_name, text, line) => {
    const error = firstError(readCareerMapText(text));
    expect(error?.path).toMatch(new RegExp(`^line ${line}, column \\d+$`));
    expect(error?.message).toMatch(/^Not valid JSON here: /);
    expect(error?.message.length).toBeLessThan(200);
  });

  it("reports a deeply nested file without crashing", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(readCareerMapText(deep).ok).toBe(false);
  });
});

describe("readCareerMapText: every problem in one pass", () => {
  it("lists all six mistakes of a hand-written file with their node or path and line", () => {
    const text = readFileSync(resolve("tests/fixtures/six-mistakes.json"), "utf8");
    const result = readCareerMapText(text, "six-mistakes.json");
    expect(result.ok ? [] : result.errors).toStrictEqual([
      {
        path: "nodes[0].sources[0]",
        subject: 'position "coder-i" (Coder I)',
        place: "line 13, column 19",
        message: "must be an absolute http, https or mailto link.",
      },
      {
        path: "nodes[1].level",
        subject: 'position "coder-ii" (Coder II)',
        place: "line 18, column 16",
        message: '"Mid" is not one of the map\'s levels (entry, mid). Did you mean "mid"?',
      },
      {
        path: "nodes[2].issuer",
        subject: 'credential "cpc" (CPC)',
        place: "line 28, column 17",
        message:
          '"AAPC" is not one of the map\'s issuers; add it under `issuers` or fix the id. Did you mean "aapc"?',
      },
      {
        path: "nodes[3].summary",
        subject: 'position "auditor" (Coding Auditor)',
        place: "line 32, column 5",
        message: "is missing. Write a few sentences on what the role or credential is.",
      },
      {
        path: "edges[0].target",
        subject: 'path "e1" (coder-i → codr-ii)',
        place: "line 44, column 17",
        message:
          '"codr-ii" is not a node in this file. Use the id of one of the nodes. Did you mean "coder-ii"?',
      },
      {
        path: "edges[1].kind",
        subject: 'path "e2" (coder-ii → auditor)',
        place: "line 52, column 15",
        message:
          'expected one of "advances-to", "qualifies-for", "prepares-for", "lateral", found "advances_to". Did you mean "advances-to"?',
      },
    ]);
  });

  it("shows a file name with $ signs and braces exactly as picked", () => {
    for (const name of ["team$file$map.json", "a$&b$$c$'.json", "{file}.json"]) {
      expect(firstError(readCareerMapBytes(new Uint8Array(), name))?.message).toBe(`${name} is empty.`);
    }
  });
});

describe("readCareerMapBytes: text that is not UTF-8", () => {
  it("asks for UTF-8 when a spreadsheet saved Windows-1252", () => {
    const latin1 = new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x0a, 0x43, 0x61, 0x66, 0xe9]);
    expect(firstError(readCareerMapBytes(latin1, "team.csv"))?.message).toBe(
      "team.csv is not UTF-8 text. Save it as UTF-8 (from a spreadsheet: CSV UTF-8) and open it again.",
    );
  });
});
