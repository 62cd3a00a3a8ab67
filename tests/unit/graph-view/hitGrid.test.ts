import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildHitGrid, type HitBox } from "../../../src/graph-view/overlay/hitGrid.ts";

const boxes: HitBox[] = [
  { id: "a", x: 0, y: 0, width: 100, height: 40 },
  { id: "b", x: 300, y: 0, width: 100, height: 40 },
  { id: "c", x: 600, y: 520, width: 140, height: 60 },
];

describe("the node hit grid", () => {
  it("finds the box under a point, counting the slack around it, and nothing in between", () => {
    const grid = buildHitGrid(boxes);
    expect(grid.at(0, 0, 0)).toBe("a");
    expect(grid.at(49, 19, 0)).toBe("a");
    expect(grid.at(52, 0, 0)).toBeNull();
    expect(grid.at(52, 0, 2)).toBe("a");
    expect(grid.at(150, 0, 2)).toBeNull();
    expect(grid.at(250, -20, 0)).toBe("b");
    expect(grid.at(669, 549, 0)).toBe("c");
  });

  it("skips the boxes the caller does not show", () => {
    const grid = buildHitGrid(boxes);
    expect(grid.at(300, 0, 0, (id) => id !== "b")).toBeNull();
  });

  it("answers as testing every box would, wherever the point is", () => {
    const box = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 1, max: 400 }),
      height: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 40 }),
        fc.integer({ min: -2300, max: 2300 }),
        fc.integer({ min: -2300, max: 2300 }),
        fc.integer({ min: 0, max: 30 }),
        (shapes, x, y, slack) => {
          const filed = shapes.map((shape, i) => ({ ...shape, id: String(i) }));
          const hits = filed.filter(
            (b) => Math.abs(x - b.x) <= b.width / 2 + slack && Math.abs(y - b.y) <= b.height / 2 + slack,
          );
          expect(buildHitGrid(filed, 128).at(x, y, slack)).toBe(hits.at(-1)?.id ?? null);
        },
      ),
      { numRuns: 200 },
    );
  });
});
