import { describe, expect, it } from "vitest";
import { layoutDecor } from "../../../src/graph-view/export/decorLayout.ts";
import { wrapText } from "../../../src/graph-view/export/wrapText.ts";
import type { LegendEntry } from "../../../src/ui/look/legend.ts";
import type { MeasureText } from "../../../src/ui/look/shapes.ts";
import { buildVisualModel } from "../../../src/ui/look/visualModel.ts";

/** Every character is half the type size wide: predictable, like a monospace font. */
const measure: MeasureText = (text, size) => text.length * size * 0.5;

describe("wrapText", () => {
  it("keeps a line that fits", () => {
    expect(wrapText("Physician Coder", 200, 10, 400, measure)).toStrictEqual(["Physician Coder"]);
  });

  it("breaks greedily at spaces, measuring the space after the word as Cytoscape does", () => {
    // "Revenue Cycle " is 14 characters = 70 px: over 65, so "Cycle" starts the next line.
    expect(wrapText("Revenue Cycle Manager", 65, 10, 400, measure)).toStrictEqual([
      "Revenue",
      "Cycle Manager",
    ]);
    expect(wrapText("Revenue Cycle Manager", 70, 10, 400, measure)).toStrictEqual([
      "Revenue Cycle",
      "Manager",
    ]);
  });

  it("gives a word longer than the line a line of its own and keeps newlines", () => {
    expect(wrapText("a Supercalifragilistic b\nc", 40, 10, 400, measure)).toStrictEqual([
      "a",
      "Supercalifragilistic",
      "b",
      "c",
    ]);
  });
});

describe("layoutDecor", () => {
  const caption = { title: "Medical Billing and Coding Career Map", subtitle: "Whole map · exported today" };
  const model = buildVisualModel([], "light");
  const entries: LegendEntry[] = Array.from({ length: 8 }, (_, i) => ({
    key: `entry-${i}`,
    group: "Nodes",
    swatch: { type: "node", look: model.position },
    label: `Entry ${i}`,
  }));

  it("gives whole-pixel strip heights, so every scale gives whole-pixel images", () => {
    const decor = layoutDecor(model, caption, entries, 1263, measure);
    expect(Number.isInteger(decor.headerHeight)).toBe(true);
    expect(Number.isInteger(decor.legendHeight)).toBe(true);
  });

  it("adds a line for the route summary", () => {
    const plain = layoutDecor(model, caption, entries, 1263, measure);
    const withRoute = layoutDecor(
      model,
      { ...caption, summary: "A → B: 2 steps, 1 credential" },
      entries,
      1263,
      measure,
    );
    expect(withRoute.headerHeight).toBeGreaterThan(plain.headerHeight);
    expect(
      withRoute.header
        .filter((shape) => shape.type === "text")
        .map((shape) => shape.type === "text" && shape.text),
    ).toContain("A → B: 2 steps, 1 credential");
  });

  it("wraps the title and flows the legend into more rows on a narrow image", () => {
    const wide = layoutDecor(model, caption, entries, 1263, measure);
    const narrow = layoutDecor(model, caption, entries, 300, measure);
    expect(narrow.headerHeight).toBeGreaterThan(wide.headerHeight);
    expect(narrow.legendHeight).toBeGreaterThan(wide.legendHeight);
    for (const shape of narrow.legend) if (shape.type === "text") expect(shape.x).toBeLessThan(300);
  });
});
