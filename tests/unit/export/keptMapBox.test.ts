import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { keepMapBox } from "../../../src/graph-view/export/keptMapBox.ts";

const make = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: "a" }, position: { x: 0, y: 0 } },
      { data: { id: "b" }, position: { x: 300, y: 120 } },
      { data: { id: "a-b", source: "a", target: "b" } },
    ],
    style: [{ selector: "node", style: { width: 60, height: 30, shape: "round-rectangle" } }],
    layout: { name: "preset" },
  });

const whole = (cy: cytoscape.Core) => {
  const { x1, y1, w, h } = cy.elements().boundingBox();
  return { x1, y1, w, h };
};

describe("the whole map's box kept for the Export menu", () => {
  it("is measured once the map is left alone, as Cytoscape measures the whole map", async () => {
    const cy = make();
    const box = keepMapBox(cy);
    expect(box()).toBeNull();
    await vi.waitFor(() => expect(box()).not.toBeNull(), { timeout: 3000 });
    expect(box()).toEqual(whole(cy));
  });

  it("is forgotten at once when an element moves or is restyled, and measured again after", async () => {
    const cy = make();
    const box = keepMapBox(cy);
    await vi.waitFor(() => expect(box()).not.toBeNull(), { timeout: 3000 });
    cy.$id("b").position({ x: 520, y: 260 });
    expect(box()).toBeNull();
    await vi.waitFor(() => expect(box()).not.toBeNull(), { timeout: 3000 });
    expect(box()).toEqual(whole(cy));
    cy.$id("a").style("width", 200);
    expect(box()).toBeNull();
    await vi.waitFor(() => expect(box()).toEqual(whole(cy)), { timeout: 3000 });
    cy.destroy();
  });
});
