import { describe, expect, it } from "vitest";
import { csvTemplate, TEMPLATE_GRAPH } from "../../../src/domain/format/csv/template.ts";
import { writeCareerMapSheets } from "../../../src/domain/format/csv/writeCareerMapCsv.ts";
import { readMapFiles } from "../../../src/features/map-file/readMapFile.ts";
import { makeGraph } from "../../fixtures/builders.ts";

const file = (name: string, text: string) => new File([text], name);

describe("readMapFiles (Open map… and drop)", () => {
  it("reads one .json map", async () => {
    const graph = makeGraph();
    expect(await readMapFiles([file("m.json", JSON.stringify(graph))])).toStrictEqual({
      ok: true,
      value: graph,
    });
  });

  it("reads a CSV sheet by its name, or by its content when named otherwise", async () => {
    for (const name of ["ladder.csv", "ladder.CSV", "ladder.txt", "ladder"]) {
      expect(await readMapFiles([file(name, csvTemplate())])).toStrictEqual({
        ok: true,
        value: TEMPLATE_GRAPH,
      });
    }
  });

  it("reads a JSON map saved with a .csv name as JSON", async () => {
    const graph = makeGraph();
    expect(await readMapFiles([file("m.csv", JSON.stringify(graph))])).toStrictEqual({
      ok: true,
      value: graph,
    });
  });

  it("reads the sheets of one map picked together", async () => {
    const { nodes, edges } = writeCareerMapSheets(TEMPLATE_GRAPH);
    const result = await readMapFiles([file("nodes.csv", nodes), file("edges.csv", edges)]);
    expect(result).toStrictEqual({ ok: true, value: TEMPLATE_GRAPH });
  });

  it("refuses two JSON maps, or a JSON map with a sheet, saying what to pick", async () => {
    const json = JSON.stringify(makeGraph());
    for (const pick of [
      [file("a.json", json), file("b.json", json)],
      [file("a.json", json), file("b.csv", csvTemplate())],
    ]) {
      const result = await readMapFiles(pick);
      expect(result.ok ? "" : result.errors[0]?.message).toMatch(
        /^Pick one \.json map, or the \.csv sheets of one map/,
      );
    }
  });

  it("names every file that cannot be read", async () => {
    const result = await readMapFiles([file("a.csv", ""), file("b.csv", "")]);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toStrictEqual([
      "a.csv is empty.",
      "b.csv is empty.",
    ]);
  });
});
