import { describe, expect, it } from "vitest";
import { errorsAsText, groupErrors } from "../../../src/domain/format/errorReport.ts";

const errors = [
  { path: "(the whole file)", message: "x" },
  { path: "edges[0].target", message: "t", subject: 'path "e1" (a → b)', place: "line 9, column 3" },
  { path: "nodes[2].level", message: "l", place: "line 4, column 1" },
  { path: "version", message: "v" },
];

describe("error report", () => {
  it("groups by part of the map, in the map's order", () => {
    expect(
      groupErrors(errors).map((group) => [group.title, group.errors.map((e) => e.message)]),
    ).toStrictEqual([
      ["The file", ["x", "v"]],
      ["Positions and credentials", ["l"]],
      ["Advancement paths", ["t"]],
    ]);
  });

  it("copies as plain text with place, node and path", () => {
    expect(errorsAsText("m.json", errors.slice(1, 3))).toBe(
      'Problems in m.json (2):\n- line 9, column 3 · path "e1" (a → b): edges[0].target: t\n- line 4, column 1: nodes[2].level: l\n',
    );
  });
});
