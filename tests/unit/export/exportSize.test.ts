import { describe, expect, it } from "vitest";
import { aboutByteSize, byteSize } from "../../../src/features/export/byteSize.ts";
import { createProgressFeed } from "../../../src/features/export/progressFeed.ts";
import { smallerScale } from "../../../src/features/export/smallerScale.ts";
import { drawnInSlices, estimateBytes, SLICED_FROM } from "../../../src/graph-view/export/imageWeight.ts";
import { type ExportPlan, LARGE_FILE_BYTES } from "../../../src/ui/mapExporter.ts";

const plan = (estimatedBytes: number, fits = true): ExportPlan => ({
  width: 100,
  height: 100,
  mapWidth: 100,
  mapHeight: 80,
  headerHeight: 10,
  legendHeight: 10,
  estimatedBytes,
  sliced: false,
  fits,
});

describe("drawnInSlices", () => {
  it("keeps maps up to the element limit and pictures up to the pixel limit in one step", () => {
    expect(drawnInSlices(SLICED_FROM.pixels, SLICED_FROM.elements)).toBe(false);
    expect(drawnInSlices(SLICED_FROM.pixels + 1, 10)).toBe(true);
    expect(drawnInSlices(1_000, SLICED_FROM.elements + 1)).toBe(true);
  });
});

describe("estimateBytes", () => {
  it("grows with pixels and with what the map draws, and a smaller scale gives a smaller PNG", () => {
    const at1 = estimateBytes("png", 73_000_000, 20_000, 1);
    const at05 = estimateBytes("png", 18_250_000, 20_000, 0.5);
    expect(at05).toBeLessThan(at1);
    expect(estimateBytes("png", 1_000_000, 100, 1)).toBeLessThan(estimateBytes("png", 1_000_000, 1_000, 1));
    expect(estimateBytes("svg", 1, 20_000, 1)).toBeGreaterThan(estimateBytes("svg", 1, 100, 1));
  });
});

describe("smallerScale", () => {
  it("offers the largest smaller scale whose file is not large", () => {
    const plans = new Map([
      [0.25, plan(5_000_000)],
      [0.5, plan(20_000_000)],
      [1, plan(100_000_000)],
    ]);
    expect(smallerScale(plans, [0.25, 0.5, 1], 1)?.scale).toBe(0.5);
  });

  it("offers the smallest that fits when every smaller one is large, and nothing below the smallest", () => {
    const plans = new Map([
      [0.25, plan(LARGE_FILE_BYTES + 1)],
      [0.5, plan(LARGE_FILE_BYTES * 2)],
      [1, plan(LARGE_FILE_BYTES * 4)],
      [2, plan(0, false)],
    ]);
    expect(smallerScale(plans, [0.25, 0.5, 1, 2], 1)?.scale).toBe(0.25);
    expect(smallerScale(plans, [0.25, 0.5, 1, 2], 0.25)).toBeNull();
  });
});

describe("file sizes for people", () => {
  it("says KB below a megabyte and MB with one decimal above; estimates say about", () => {
    expect(byteSize(740 * 1024)).toBe("740 KB");
    expect(byteSize(104_790_631)).toBe("99.9 MB");
    expect(aboutByteSize(104_790_631)).toBe("about 100 MB");
    expect(aboutByteSize(2.5 * 1024 * 1024)).toBe("about 2.5 MB");
    expect(aboutByteSize(740 * 1024)).toBe("about 740 KB");
  });
});

describe("createProgressFeed", () => {
  it("tells listeners of whole-percent changes only, and stops telling one that left", () => {
    const feed = createProgressFeed();
    const heard: number[] = [];
    const leave = feed.subscribe(() => heard.push(feed.current()?.done ?? -1));
    feed.report(0.101, "drawing");
    feed.report(0.104, "drawing");
    feed.report(0.8, "encoding");
    leave();
    feed.report(0.9, "encoding");
    expect(heard).toStrictEqual([0.1, 0.8]);
    expect(feed.current()).toStrictEqual({ done: 0.9, phase: "encoding" });
  });
});
