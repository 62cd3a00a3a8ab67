import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countSegmentCrossings } from "../../../src/domain/layout/crossings.ts";
import { type Box, clipLength, type Segment, segmentsCross } from "../../../src/domain/layout/geometry.ts";
import { sumBoxOverlaps } from "../../../src/domain/layout/overlaps.ts";

const bruteCrossings = (segments: readonly Segment[]) => {
  let count = 0;
  segments.forEach((p, i) => {
    for (const q of segments.slice(i + 1)) if (segmentsCross(p, q)) count++;
  });
  return count;
};

const seg = (x1: number, y1: number, x2: number, y2: number): Segment => ({ x1, y1, x2, y2 });

describe("countSegmentCrossings", () => {
  it("counts a proper crossing once and ignores shared ends, touches and overlaps", () => {
    expect(countSegmentCrossings([seg(0, 0, 2, 2), seg(0, 2, 2, 0)])).toBe(1);
    expect(countSegmentCrossings([seg(0, 0, 2, 2), seg(0, 0, 2, 0)])).toBe(0);
    expect(countSegmentCrossings([seg(0, 0, 2, 2), seg(1, 1, 2, 0)])).toBe(0);
    expect(countSegmentCrossings([seg(0, 0, 4, 0), seg(2, 0, 6, 0)])).toBe(0);
    expect(countSegmentCrossings([seg(1, -1, 1, 1), seg(0, 0, 2, 0)])).toBe(1);
    expect(countSegmentCrossings([seg(1, 0, 1, 1), seg(0, 0, 2, 0)])).toBe(0);
  });

  it("counts two long edges crossing exactly on a column", () => {
    const column = seg(1, 5, 1, 6);
    expect(countSegmentCrossings([seg(0, 0, 2, 2), seg(0, 2, 2, 0), column])).toBe(1);
  });

  it("agrees with the pairwise test on integer segments, degenerate cases included", () => {
    const coordinate = fc.integer({ min: 0, max: 4 });
    const segment = fc
      .tuple(coordinate, fc.integer({ min: -5, max: 5 }), coordinate, fc.integer({ min: -5, max: 5 }))
      .map(([x1, y1, x2, y2]) => seg(x1, y1, x2, y2));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 25 }), (segments) => {
        expect(countSegmentCrossings(segments)).toBe(bruteCrossings(segments));
      }),
      { numRuns: 400 },
    );
  });

  it("agrees with the pairwise test on segments spread over the plane", () => {
    // Eighths keep every product exact, so the pairwise test is a true reference.
    const value = fc.integer({ min: -800, max: 800 }).map((v) => v / 8);
    const segment = fc.tuple(value, value, value, value).map(([x1, y1, x2, y2]) => seg(x1, y1, x2, y2));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 40 }), (segments) => {
        expect(countSegmentCrossings(segments)).toBe(bruteCrossings(segments));
      }),
      { numRuns: 200 },
    );
  });
});

const box = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height });

describe("edge-through-box overlaps", () => {
  it("measures how far a line runs inside a box", () => {
    expect(clipLength(-20, 0, 20, 0, box(0, 0))).toBeCloseTo(10);
    expect(clipLength(-20, 5, 20, 5, box(0, 0))).toBe(0);
    expect(clipLength(-20, 20, 20, 20, box(0, 0))).toBe(0);
    expect(clipLength(0, -20, 0, 20, box(0, 0))).toBeCloseTo(10);
  });

  it("leaves out the edge's own ends", () => {
    const boxes = [box(0, 0), box(50, 0), box(100, 0)];
    expect(sumBoxOverlaps(boxes, [[0, 2]], () => 1)).toBe(1);
    expect(sumBoxOverlaps(boxes, [[0, 1]], () => 1)).toBe(0);
  });

  it("agrees with testing every edge against every box", () => {
    const boxArb = fc
      .tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 10, max: 150 }),
      )
      .map(([column, y, width]) => box(column * 120, y, width, 30));
    const input = fc
      .array(boxArb, { minLength: 2, maxLength: 20 })
      .chain((boxes) =>
        fc.tuple(
          fc.constant(boxes),
          fc.array(fc.tuple(fc.nat(boxes.length - 1), fc.nat(boxes.length - 1)), { maxLength: 30 }),
        ),
      );
    fc.assert(
      fc.property(input, ([boxes, edges]) => {
        let expected = 0;
        for (const [s, t] of edges) {
          const [a, b] = [boxes[s], boxes[t]];
          if (!a || !b || s === t) continue;
          boxes.forEach((other, i) => {
            if (i !== s && i !== t && clipLength(a.x, a.y, b.x, b.y, other) > 0) expected++;
          });
        }
        expect(sumBoxOverlaps(boxes, edges, () => 1)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
