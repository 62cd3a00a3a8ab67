import { describe, expect, it, vi } from "vitest";
import { createMapCore } from "../../../src/graph-view/createMapCore.ts";
import { frameNodes } from "../../../src/graph-view/initialView.ts";
import { MAP_ZOOM } from "../../../src/graph-view/zoom.ts";

/** A headless map in a 400×300 container, with the given node positions. */
function mapOf(points: Record<string, { x: number; y: number }>) {
  const container = document.createElement("div");
  Object.defineProperty(container, "clientWidth", { value: 400 });
  Object.defineProperty(container, "clientHeight", { value: 300 });
  const cy = createMapCore({
    container,
    headless: true,
    careerNodes: Object.keys(points).length,
    elements: Object.entries(points).map(([id, position]) => ({ group: "nodes", data: { id }, position })),
    style: [{ selector: "node", style: { width: 40, height: 20 } }],
  });
  const animate = vi.spyOn(cy, "animate").mockImplementation(() => cy);
  return { cy, animate };
}

/** Where a model point lands on screen under the view frameNodes asked for. */
function shownAt(view: { zoom: number; pan: { x: number; y: number } }, at: { x: number; y: number }) {
  return { x: at.x * view.zoom + view.pan.x, y: at.y * view.zoom + view.pan.y };
}

describe("frameNodes", () => {
  it("shows the whole of a short route, centred", () => {
    const { cy, animate } = mapOf({ a: { x: 0, y: 0 }, b: { x: 100, y: 50 } });
    frameNodes(cy, ["a", "b"]);
    const view = animate.mock.calls[0]?.[0] as { zoom: number; pan: { x: number; y: number } };
    for (const at of [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
    ]) {
      const p = shownAt(view, at);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(400);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(300);
    }
  });

  it("starts a route too long for the screen at its first step, even far from its box's top left", () => {
    // The route climbs from the bottom left to the top right of a large map: its box's top left is empty.
    const { cy, animate } = mapOf({
      start: { x: 0, y: 5000 },
      middle: { x: 300, y: 4900 },
      goal: { x: 6000, y: 0 },
    });
    frameNodes(cy, ["start", "middle", "goal"]);
    const view = animate.mock.calls[0]?.[0] as { zoom: number; pan: { x: number; y: number } };
    expect(view.zoom).toBe(MAP_ZOOM.readable);
    const start = shownAt(view, { x: 0, y: 5000 });
    expect(start.x).toBeGreaterThanOrEqual(0);
    expect(start.x).toBeLessThanOrEqual(400);
    expect(start.y).toBeGreaterThanOrEqual(0);
    expect(start.y).toBeLessThanOrEqual(300);
  });
});
