import { describe, expect, it } from "vitest";
import {
  CANVAS_LIMITS,
  checkCanvasSize,
  largestFittingScale,
} from "../../../src/graph-view/export/canvasLimits.ts";

describe("checkCanvasSize", () => {
  it("accepts sizes up to the side and area limits", () => {
    expect(checkCanvasSize(1, 1).fits).toBe(true);
    expect(checkCanvasSize(CANVAS_LIMITS.maxSide, CANVAS_LIMITS.maxArea / CANVAS_LIMITS.maxSide).fits).toBe(
      true,
    );
  });

  it("refuses a side over the limit and says what to do", () => {
    const check = checkCanvasSize(CANVAS_LIMITS.maxSide + 1, 10);
    expect(check).toStrictEqual({
      fits: false,
      reason:
        "16,385 px × 10 px is too large: browsers draw at most 16,384 px a side. Choose a smaller scale or SVG.",
    });
  });

  it("refuses an area over the limit even when both sides fit", () => {
    const check = checkCanvasSize(12_000, 12_000);
    expect(check.fits).toBe(false);
    expect(check.fits ? "" : check.reason).toContain("at most about 134 million pixels");
  });

  it("refuses empty and nonsense sizes", () => {
    for (const [w, h] of [
      [0, 10],
      [10, 0],
      [Number.NaN, 10],
      [-5, 10],
    ] as const) {
      expect(checkCanvasSize(w, h).fits).toBe(false);
    }
  });
});

describe("largestFittingScale", () => {
  it("is the largest offered scale whose image fits", () => {
    expect(largestFittingScale(1263, 900)).toBe(4);
    expect(largestFittingScale(5000, 1000)).toBe(2);
    expect(largestFittingScale(9000, 1000)).toBe(1);
  });

  it("rounds the map up to whole pixels first, as Cytoscape does", () => {
    expect(largestFittingScale(4096.2, 100)).toBe(2);
    expect(largestFittingScale(4096, 100)).toBe(4);
  });

  it("is null when not even 1× fits", () => {
    expect(largestFittingScale(20_000, 10)).toBeNull();
  });
});
