import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonOffsets, locateInJson } from "../../../src/domain/format/jsonPositions.ts";
import type { PathKey } from "../../../src/domain/format/validationError.ts";

/** Every path into a JSON value with the value found there. */
function* paths(value: unknown, keys: PathKey[] = []): Generator<[PathKey[], unknown]> {
  yield [keys, value];
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* paths(item, [...keys, i]);
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) yield* paths(item, [...keys, key]);
}

describe("jsonOffsets", () => {
  it("finds every value of any JSON text at its own text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const unit = typeof indent === "number" ? " ".repeat(indent) : indent;
        const offsetOf = jsonOffsets(text);
        for (const [keys, sub] of paths(JSON.parse(text))) {
          // JSON.stringify indents a nested value by one unit per level of depth.
          const own = JSON.stringify(sub, null, indent).replaceAll("\n", `\n${unit.repeat(keys.length)}`);
          expect(text.slice(offsetOf(keys), offsetOf(keys) + own.length)).toBe(own);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("points a missing field at its object", () => {
    const text = '{\n  "nodes": [\n    { "id": "a" },\n    { "id": "b" }\n  ]\n}';
    expect(locateInJson(text)(["nodes", 1, "label"])).toBe("line 4, column 5");
    expect(locateInJson(text)(["nodes", 1, "id"])).toBe("line 4, column 13");
    expect(locateInJson(text)([])).toBe("line 1, column 1");
  });

  it("reads keys with escapes and braces inside strings", () => {
    const text = '{"a\\"}": {"x": "]}\\\\"}, "b": [1, "{", {"c": 2}]}';
    const offsetOf = jsonOffsets(text);
    expect(text.slice(offsetOf(["b", 2, "c"]))).toMatch(/^2\}/);
    expect(text.slice(offsetOf(['a"}', "x"]))).toMatch(/^"\]\}/);
  });
});
