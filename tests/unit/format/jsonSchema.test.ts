import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaText } from "../../../src/domain/format/jsonSchema.ts";

describe("the shipped JSON Schema", () => {
  it("matches the validator's definition (run `npm run schema` after changing the format)", () => {
    const shipped = readFileSync(resolve("public/career-map.schema.json"), "utf8");
    expect(shipped).toBe(jsonSchemaText());
  });

  it("describes nodes, edges and their kinds for editors", () => {
    const schema = JSON.parse(jsonSchemaText());
    expect(schema.required).toEqual(["version", "title", "levels", "issuers", "nodes", "edges"]);
    expect(schema.properties.nodes.items.properties.kind.enum).toEqual(["position", "credential"]);
    expect(schema.properties.edges.items.properties.kind.enum).toEqual([
      "advances-to",
      "qualifies-for",
      "prepares-for",
      "lateral",
    ]);
  });
});
