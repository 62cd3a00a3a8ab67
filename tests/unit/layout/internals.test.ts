import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeInOrder } from "../../../src/domain/layout/alignment.ts";
import { estimateNodeSize, NODE_LABEL_METRICS } from "../../../src/domain/layout/nodeSize.ts";
import { makeCredential, makePosition } from "../../fixtures/builders.ts";

describe("estimateNodeSize", () => {
  it("sizes a box to its label between the minimum and maximum width", () => {
    expect(estimateNodeSize(makeCredential("cpc", "entry", { label: "CPC" }))).toEqual({
      width: 90,
      height: 40,
    });
    const medium = estimateNodeSize(makePosition("x", "entry", { label: "Medical Records Clerk" }));
    expect(medium.width).toBeCloseTo(21 * 7.5 + 28);
    expect(medium.height).toBe(44);
  });

  it("wraps a long label into a taller box of the maximum width", () => {
    const long = estimateNodeSize(
      makePosition("x", "entry", { label: "Clinical Documentation Integrity Specialist" }),
    );
    expect(long.width).toBe(NODE_LABEL_METRICS.maxWidth);
    const longest = estimateNodeSize(makePosition("x", "entry", { label: "word ".repeat(24).trim() }));
    expect(longest.height).toBeGreaterThan(long.height);
  });
});

describe("placeInOrder", () => {
  const column = fc.array(
    fc.record({ desired: fc.integer({ min: -300, max: 300 }), height: fc.integer({ min: 10, max: 60 }) }),
    { maxLength: 12 },
  );

  it("keeps the order, the gaps and the bounds", () => {
    fc.assert(
      fc.property(column, (nodes) => {
        const heights = nodes.map((node) => node.height);
        const gap = 10;
        const room = heights.reduce((sum, h) => sum + h + gap, 0);
        const y = placeInOrder(
          nodes.map((node) => node.desired),
          heights,
          gap,
          -room,
          room,
        );
        y.forEach((value, i) => {
          const h = heights[i] ?? 0;
          expect(value - h / 2).toBeGreaterThanOrEqual(-room - 1e-9);
          expect(value + h / 2).toBeLessThanOrEqual(room + 1e-9);
          const next = y[i + 1];
          if (next !== undefined)
            expect(next - value).toBeGreaterThanOrEqual(h / 2 + gap + (heights[i + 1] ?? 0) / 2 - 1e-9);
        });
      }),
    );
  });

  it("leaves heights that already fit where they are, and is closest otherwise", () => {
    expect(placeInOrder([0, 100, 200], [20, 20, 20], 10, -1000, 1000)).toEqual([0, 100, 200]);
    // Two boxes wanting the same place share the move.
    expect(placeInOrder([50, 50], [20, 20], 10, -1000, 1000)).toEqual([35, 65]);
  });
});
