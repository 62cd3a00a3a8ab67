import { describe, expect, it } from "vitest";
import { PRINT_LONG_SIDE, routePrintScale } from "../../../src/features/export/printScale.ts";

describe("routePrintScale", () => {
  it("prints a route of the bundled map's size at 2×", () => {
    expect(routePrintScale({ width: 1_400, height: 900 })).toBe(2);
  });

  it("keeps the picture of a route across a 5,000-node map within the long side a page can show", () => {
    // A route from the entry level to the top level of the generated map, with its title and legend, at 1×.
    const atOne = { width: 4_069, height: 12_022 };
    const scale = routePrintScale(atOne);
    expect(scale).toBeLessThan(1);
    expect(Math.max(atOne.width, atOne.height) * scale).toBeLessThanOrEqual(PRINT_LONG_SIDE);
  });
});
