import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCareerMapSheets } from "../../../../src/domain/format/csv/readCareerMapCsv.ts";
import { csvTemplate, TEMPLATE_GRAPH } from "../../../../src/domain/format/csv/template.ts";

const HEADER = "kind,id,label,level,summary,sources,source,target,basis,basis note";
const BODY = [
  "map,,Team ladder,,,,,,,",
  "level,entry,Entry,,,,,,,",
  "level,mid,Mid,,,,,,,",
  'position,clerk,"Clerk, records",entry,"Files charts.\nAnswers ""chart"" requests.",https://a.example/x,,,,',
  "position,coder,Coder,mid,Codes.,https://a.example/y,,,,",
  "advances-to,e1,,,,,clerk,coder,inferred,Usual move.",
];

function read(...sheets: [string, string][]) {
  return readCareerMapSheets(sheets.map(([name, text]) => ({ name, text })));
}

function errorsOf(...sheets: [string, string][]) {
  const result = read(...sheets);
  if (result.ok) throw new Error("expected a rejection");
  return result.errors;
}

describe("reading a map from CSV", () => {
  it("reads quoted cells with commas, quotes and line breaks", () => {
    const result = read(["map.csv", [HEADER, ...BODY].join("\n")]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe("Team ladder");
    expect(result.value.nodes[0]).toMatchObject({
      id: "clerk",
      label: "Clerk, records",
      summary: 'Files charts.\nAnswers "chart" requests.',
    });
    expect(result.value.edges[0]).toMatchObject({
      source: "clerk",
      basis: { kind: "inferred", note: "Usual move." },
    });
  });

  it("reads UTF-8 with a byte order mark, CRLF line ends, semicolons and tabs", () => {
    const crlf = [HEADER, ...BODY].join("\r\n");
    const semicolons = [HEADER, ...BODY]
      .join("\n")
      .replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ";")
      .replace("Codes.", "Codes, checks.");
    const tabs = [HEADER, ...BODY].join("\n").replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, "\t");
    for (const text of [`\uFEFF${crlf}`, semicolons, tabs]) {
      const result = read(["map.csv", text]);
      expect(result.ok ? result.value.nodes.map((n) => n.label) : result.errors).toStrictEqual([
        "Clerk, records",
        "Coder",
      ]);
    }
  });

  it("takes a nodes sheet and a paths sheet together, in either order", () => {
    const nodes = [HEADER, ...BODY.slice(0, -1)].join("\n");
    const edges = [
      "kind,id,source,target,basis,basis note",
      "advances-to,e1,clerk,coder,inferred,Usual move.",
    ].join("\n");
    const one = read(["nodes.csv", nodes], ["edges.csv", edges]);
    const other = read(["edges.csv", edges], ["nodes.csv", nodes]);
    expect(one.ok && one.value.edges).toHaveLength(1);
    expect(one).toStrictEqual(other);
  });

  it("accepts headers in any case and spacing, and decimal commas", () => {
    const text = [
      "Kind;ID;Label;Level;Summary;Sources;Source;Target;Basis;Basis_Note;Time.Min.Years;time-basis;time note",
      ...BODY.slice(0, -1).map((row) => `${row.replaceAll(",", ";").replace("Clerk; records", "Clerk")};;`),
      "advances-to;e1;;;;;clerk;coder;inferred;Usual move.;0,5;inferred;Half a year.",
    ].join("\n");
    const result = read(["map.csv", text.replace('"Files charts.\nAnswers ""chart"" requests."', "Files.")]);
    expect(result.ok ? result.value.edges[0]?.time?.minYears : result.errors).toBe(0.5);
  });

  it("names sheet, row and column for every problem, in one pass", () => {
    const rows = [
      HEADER.replace("summary", "sumary"),
      ...BODY.slice(0, 3),
      "position,clerk,Clerk,entry,,https://a.example/x,,,,",
      "postion,x,X,entry,,https://a.example,,,,",
      "position,coder,Coder,Mid,,https://a.example/y,,,,",
      "advances-to,e1,,,,,clerk,codr,inferred,Usual move.",
    ];
    const errors = errorsOf(["team.csv", rows.join("\n")]);
    expect(errors.map((e) => [e.place, e.message])).toStrictEqual([
      [
        "team.csv, row 1, column E",
        expect.stringMatching(
          /^"sumary" is not a column this app reads; its cells would be lost\. Did you mean "summary"\?/,
        ),
      ],
      ["team.csv, row 5", expect.stringMatching(/^is missing\. Write a few sentences/)],
      [
        "team.csv, row 6, column A (kind)",
        expect.stringMatching(/^"postion" is not a kind of row this app reads .* Did you mean "position"\?$/),
      ],
      ["team.csv, row 7", expect.stringMatching(/^is missing\. Write a few sentences/)],
      [
        "team.csv, row 7, column D (level)",
        '"Mid" is not one of the map\'s levels (entry, mid). Did you mean "mid"?',
      ],
      [
        "team.csv, row 8, column H (target)",
        '"codr" is not a node in this file. Use the id of one of the nodes. Did you mean "coder"?',
      ],
    ]);
    expect(errors[3]?.subject).toBe('position "coder" (Coder)');
  });

  it("says what is wrong with the sheet itself", () => {
    expect(errorsOf(["a.csv", "id,label\nx,y"])[0]?.message).toMatch(/^has no "kind" column\./);
    const badJson = errorsOf(["a.csv", `${HEADER},fees\n${BODY.slice(0, 4).join(",\n")},"{""amount"":}"`]);
    expect(badJson.find((e) => e.path === "fees")?.message).toMatch(/^is not valid JSON/);
    const noMap = errorsOf(["a.csv", [HEADER, ...BODY.slice(1)].join("\n")]);
    expect(noMap[0]).toMatchObject({
      path: "title",
      place: 'no row of kind "map": add one with the map\'s title under "label"',
    });
    const unclosed = errorsOf(["a.csv", `${HEADER}\n${BODY.slice(0, 3).join("\n")}\nposition,p,"Unclosed`]);
    expect(unclosed[0]?.message).toMatch(/quote that is never closed/);
  });
});

describe("the CSV template", () => {
  it("opens as the template map and is the file shipped in public/", () => {
    expect(read(["career-map-template.csv", csvTemplate()])).toStrictEqual({
      ok: true,
      value: TEMPLATE_GRAPH,
    });
    expect(readFileSync(resolve("public/career-map-template.csv"), "utf8")).toBe(csvTemplate());
  });
});
