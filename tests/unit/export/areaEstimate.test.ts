import { describe, expect, it } from "vitest";
import { createMapCore } from "../../../src/graph-view/createMapCore.ts";
import type { ExportLooks } from "../../../src/graph-view/export/exportLooks.ts";
import { elementsInRegion } from "../../../src/graph-view/export/exportRegion.ts";
import { frameExport, planExport } from "../../../src/graph-view/export/planExport.ts";
import type { ExportRequest } from "../../../src/ui/mapExporter.ts";

/** A 60 × 60 grid of nodes 100 apart, each joined to its right neighbour; the first row is a drawn route. */
function grid() {
  const side = 60;
  const id = (x: number, y: number) => `n${x}-${y}`;
  const elements = [];
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      elements.push({
        group: "nodes" as const,
        data: { id: id(x, y) },
        position: { x: x * 100, y: y * 100 },
      });
      if (x > 0)
        elements.push({
          group: "edges" as const,
          data: { id: `e${x}-${y}`, source: id(x - 1, y), target: id(x, y) },
        });
    }
  }
  const cy = createMapCore({
    container: document.createElement("div"),
    headless: true,
    careerNodes: side * side,
    elements,
    style: [{ selector: "node", style: { width: 40, height: 20 } }],
  });
  cy.elements()
    .filter((ele) =>
      ele.isNode()
        ? ele.position().y === 0 && ele.position().x <= 500
        : ele.source().position().y === 0 && ele.target().position().x <= 500,
    )
    .addClass("on-route");
  return cy;
}

const request = (area: ExportRequest["area"], format: ExportRequest["format"]): ExportRequest => ({
  format,
  area,
  scale: 1,
  background: "filled",
  theme: "light",
  caption: null,
});
const noMeasure = () => 0;
const noLooks = {} as ExportLooks;

describe("the size estimate of part of a large map", () => {
  it("counts the nodes in a region and the paths that reach into it", () => {
    const cy = grid();
    // Columns 0 to 2 of rows 0 and 1: six nodes, their four paths, and the two paths from column 3.
    expect(
      elementsInRegion(cy, { x1: -10, y1: -10, w: 220, h: 120, pixelWidth: 220, pixelHeight: 120 }),
    ).toBe(12);
  });

  it("counts what the route's picture shows, not the whole map", () => {
    const cy = grid();
    for (const format of ["png", "svg"] as const) {
      const whole = planExport(
        frameExport(cy, request("full", format), noMeasure, noLooks),
        request("full", format),
      );
      const route = planExport(
        frameExport(cy, request("route", format), noMeasure, noLooks),
        request("route", format),
      );
      // The route's box holds a few dozen of the map's 7,140 elements.
      expect(route.plan.estimatedBytes).toBeLessThan(whole.plan.estimatedBytes / 20);
    }
  });
});
