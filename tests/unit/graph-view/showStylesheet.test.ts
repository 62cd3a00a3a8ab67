import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { LARGE_MAP_NODES } from "../../../src/domain/mapScale.ts";
import { mapLooks } from "../../../src/graph-view/mapLooks.ts";
import { placeCareerMap } from "../../../src/graph-view/placeCareerMap.ts";
import { showStylesheet } from "../../../src/graph-view/showStylesheet.ts";
import { toElements } from "../../../src/graph-view/toElements.ts";
import { makeGraph, makePosition } from "../../fixtures/builders.ts";

const graphOf = (count: number): CareerGraph =>
  makeGraph(
    Array.from({ length: count }, (_, i) => makePosition(`p${i}`, "entry")),
    [],
  );

/** Drawn headless in the light theme; the colour of its first position, and the dark stylesheet. */
function drawn(count: number) {
  const graph = graphOf(count);
  const looks = mapLooks(graph);
  const cy: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph, placeCareerMap(graph)),
    style: looks.stylesheet("light"),
    layout: { name: "preset", fit: false },
  });
  const colour = () => String(cy.$id("n:p0").style("background-color"));
  return { cy, colour, dark: looks.stylesheet("dark") };
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout"],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

const paintAndTask = () => {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
};

describe("another stylesheet for the map (the other theme)", () => {
  it("restyles a small map at once", () => {
    const { cy, colour, dark } = drawn(20);
    const light = colour();
    showStylesheet(cy, dark);
    expect(colour()).not.toBe(light);
  });

  it("restyles a large map after the next paint, so the page answers first", () => {
    const { cy, colour, dark } = drawn(LARGE_MAP_NODES + 1);
    const light = colour();
    showStylesheet(cy, dark);
    expect(colour()).toBe(light);
    paintAndTask();
    expect(colour()).not.toBe(light);
  });

  it("leaves a large map as it is when cancelled before the paint", () => {
    const { cy, colour, dark } = drawn(LARGE_MAP_NODES + 1);
    const light = colour();
    showStylesheet(cy, dark)();
    paintAndTask();
    expect(colour()).toBe(light);
  });
});
