import cytoscape, { type BoundingBox12, type Collection, type Core } from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { DIRECT_DRAWING_LIMIT, drawDirectly } from "../../../src/graph-view/drawDirectly.ts";

const NODE_LAYER = 1;
const screen = { canvas: "screen" };
const elsewhere = { canvas: "export" };
const everywhere: BoundingBox12 = { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 };
type DrawLayered = (context: unknown, eles: Collection, pxRatio: number, extent: BoundingBox12) => void;

/**
 * A headless map whose renderer has stand-ins for the parts of Cytoscape's canvas renderer that
 * drawDirectly uses, so the test sees what it asks to be drawn and where.
 */
function mapWithRenderer(nodes: number) {
  const cy = cytoscape({
    headless: true,
    // Headless maps skip styles unless asked; the boxes and display here come from the style.
    styleEnabled: true,
    layout: { name: "preset" },
    elements: Array.from({ length: nodes }, (_, i) => ({
      data: { id: `n${i}` },
      position: { x: i * 100, y: 0 },
    })),
    style: [
      { selector: "node", style: { width: 40, height: 20 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".empty", style: { width: 0, height: 0 } },
    ],
  });
  const drawLayeredElements = vi.fn();
  const drawElement = vi.fn();
  // Cytoscape's own (headless) renderer, given the canvas renderer's parts that drawDirectly uses.
  const renderer = Object.assign((cy as unknown as { renderer(): object }).renderer(), {
    drawLayeredElements,
    drawElement,
    NODE: NODE_LAYER,
    data: { contexts: [{}, screen] },
  });
  return { cy, renderer, cached: drawLayeredElements, drawElement };
}

/** What Cytoscape's render loop calls to draw the node layer, after drawDirectly has had its say. */
const drawLayers = (cy: Core, context: unknown, eles: Collection, extent = everywhere) => {
  const renderer = (cy as unknown as { renderer(): { drawLayeredElements: DrawLayered } }).renderer();
  renderer.drawLayeredElements(context, eles, 1, extent);
};

const drawnIds = (drawElement: ReturnType<typeof vi.fn>) =>
  drawElement.mock.calls.map(([, ele]) => (ele as { id(): string }).id());

describe("drawDirectly", () => {
  it("draws a small map's elements straight onto the screen, in the order given, without the caches", () => {
    const { cy, cached, drawElement } = mapWithRenderer(4);
    expect(drawDirectly(cy)).toBe(true);
    drawLayers(cy, screen, cy.elements());
    expect(cached).not.toHaveBeenCalled();
    expect(drawnIds(drawElement)).toEqual(["n0", "n1", "n2", "n3"]);
    expect(drawElement.mock.calls.every(([context]) => context === screen)).toBe(true);
  });

  it("skips what Cytoscape's own loop skips: hidden, empty and out-of-view elements", () => {
    const { cy, drawElement } = mapWithRenderer(5);
    drawDirectly(cy);
    cy.$id("n1").addClass("hidden");
    cy.$id("n2").addClass("empty");
    // n4 sits at x 400, right of this view.
    drawLayers(cy, screen, cy.elements(), { x1: -50, y1: -50, x2: 350, y2: 50 });
    expect(drawnIds(drawElement)).toEqual(["n0", "n3"]);
  });

  it("leaves pictures drawn for an export to the caches, so their pixels stay as they were", () => {
    const { cy, cached, drawElement } = mapWithRenderer(3);
    drawDirectly(cy);
    const eles = cy.elements();
    drawLayers(cy, elsewhere, eles);
    expect(drawElement).not.toHaveBeenCalled();
    expect(cached).toHaveBeenCalledWith(elsewhere, eles, 1, everywhere);
  });

  it("leaves a map past the limit to the caches", () => {
    const { cy, cached, drawElement } = mapWithRenderer(DIRECT_DRAWING_LIMIT + 1);
    drawDirectly(cy);
    drawLayers(cy, screen, cy.elements());
    expect(drawElement).not.toHaveBeenCalled();
    expect(cached).toHaveBeenCalledOnce();
  });

  it("changes nothing where the renderer lacks the parts it needs", () => {
    const { cy, renderer, cached } = mapWithRenderer(2);
    Object.assign(renderer, { data: {} });
    expect(drawDirectly(cy)).toBe(false);
    expect(renderer.drawLayeredElements).toBe(cached);
    const headless = cytoscape({ headless: true });
    expect(drawDirectly(headless)).toBe(false);
  });
});
