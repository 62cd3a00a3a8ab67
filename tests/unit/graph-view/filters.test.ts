import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { DEFERRED_FILTER_NODES, followFilters } from "../../../src/graph-view/highlights/filters.ts";
import { mapLooks } from "../../../src/graph-view/mapLooks.ts";
import { placeCareerMap } from "../../../src/graph-view/placeCareerMap.ts";
import { toElements } from "../../../src/graph-view/toElements.ts";
import { useAppStore } from "../../../src/store/appStore.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

/** Positions in a chain, and credentials that qualify for them. */
function chainGraph(): CareerGraph {
  const nodes = Array.from({ length: 60 }, (_, i) => {
    const id = `n${String(i).padStart(2, "0")}`;
    return i % 6 === 0 ? makeCredential(id, "entry") : makePosition(id, "entry");
  });
  const positions = nodes.filter((node) => node.kind === "position");
  const edges = [
    ...positions.slice(1).map((node, i) => makeEdge((positions[i] as typeof node).id, node.id, "lateral")),
    ...nodes
      .filter((node) => node.kind === "credential")
      .map((node, i) => makeEdge(node.id, (positions[i] as (typeof positions)[number]).id, "qualifies-for")),
  ];
  return makeGraph(nodes, edges);
}

const store = () => useAppStore.getState();
const shownPaths = (cy: Core) => cy.edges().filter((edge) => edge.visible());

/** Drawn with the map's stylesheet, headless, with the filters following the store as on the page. */
function drawn(graph: CareerGraph): { cy: Core; stop: () => void } {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph, placeCareerMap(graph)),
    style: mapLooks(graph).stylesheet("light"),
    layout: { name: "preset", fit: false },
  });
  return { cy, stop: followFilters(cy) };
}

let graph: CareerGraph;
beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  graph = chainGraph();
  store().loadGraph(graph);
});

describe("the filters on the map", () => {
  it("hide the nodes left out and at once every path with a hidden end", () => {
    const { cy, stop } = drawn(graph);
    // Asked before, so Cytoscape holds answers it has to forget when an end is hidden.
    expect(shownPaths(cy)).toHaveLength(graph.edges.length);
    store().toggleKind("credential");
    const credentials = graph.nodes.filter((node) => node.kind === "credential").length;
    expect(cy.nodes(".filtered-out")).toHaveLength(credentials);
    expect(cy.nodes(".filtered-out").every((node) => node.data("kind") === "credential")).toBe(true);
    const lateral = graph.edges.filter((edge) => edge.kind === "lateral").length;
    expect(shownPaths(cy)).toHaveLength(lateral);
    expect(cy.edges(".filtered-out")).toHaveLength(graph.edges.length - lateral);

    store().toggleKind("credential");
    expect(cy.nodes(".filtered-out")).toHaveLength(0);
    expect(shownPaths(cy)).toHaveLength(graph.edges.length);
    stop();
  });

  it("keep what is hidden in its place, so the map's frame and every path's shape stay as they were", () => {
    const { cy, stop } = drawn(graph);
    const frame = cy.elements().boundingBox();
    const credential = cy.getElementById("n:n00");
    const box = credential.boundingBox();
    store().toggleKind("credential");
    expect(credential.visible()).toBe(false);
    expect(cy.elements().boundingBox()).toEqual(frame);
    expect(credential.boundingBox()).toEqual(box);
    stop();
  });

  it("keep the selected node shown, with its paths to shown nodes", () => {
    const { cy, stop } = drawn(graph);
    store().selectNode("n00");
    store().toggleKind("credential");
    expect(cy.getElementById("n:n00").hasClass("filtered-out")).toBe(false);
    expect(cy.getElementById("e:n00->n01").visible()).toBe(true);
    store().clearSelection();
    expect(cy.getElementById("n:n00").hasClass("filtered-out")).toBe(true);
    expect(cy.getElementById("e:n00->n01").visible()).toBe(false);
    stop();
  });
});

describe("a filter change of many nodes", () => {
  /** 1,000 positions and 200 credentials: hiding the positions changes more than DEFERRED_FILTER_NODES. */
  function bigGraph(): CareerGraph {
    const nodes = Array.from({ length: 1200 }, (_, i) => {
      const id = `n${String(i).padStart(4, "0")}`;
      return i % 6 === 0 ? makeCredential(id, "entry") : makePosition(id, "entry");
    });
    return makeGraph(nodes, []);
  }

  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ["requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout"],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  /** The big map loaded and drawn, the filters following the store. */
  const drawnBig = () => {
    const big = bigGraph();
    store().loadGraph(big);
    return { big, ...drawn(big) };
  };
  /** The next frame, and the tasks after it: Cytoscape's own animation loop keeps frames coming. */
  const paintAndTask = (tasks = 2) => {
    vi.advanceTimersToNextFrame();
    for (let i = 0; i < tasks; i++) vi.advanceTimersByTime(1);
  };
  const batching = (cy: Core) => (cy as unknown as { batching(): boolean }).batching();
  /** Every reading of the clock 30 ms on: a slice takes two steps of 150 nodes, then yields. */
  const slowClock = () => {
    let clock = 0;
    vi.spyOn(performance, "now").mockImplementation(() => {
      clock += 30;
      return clock;
    });
  };

  it("waits for the next paint, so the control that asked answers first, then hides them all", () => {
    const { big, cy, stop } = drawnBig();
    const positions = big.nodes.filter((node) => node.kind === "position").length;
    expect(positions).toBeGreaterThan(DEFERRED_FILTER_NODES);
    store().toggleKind("position");
    expect(cy.nodes(".filtered-out")).toHaveLength(0);
    paintAndTask();
    expect(cy.nodes(".filtered-out")).toHaveLength(positions);
    stop();
  });

  it("applies what was asked meanwhile: a node selected before the paint stays shown", () => {
    const { cy, stop } = drawnBig();
    store().toggleKind("position");
    store().selectNode("n0001");
    paintAndTask();
    expect(cy.getElementById("n:n0001").hasClass("filtered-out")).toBe(false);
    expect(cy.getElementById("n:n0002").hasClass("filtered-out")).toBe(true);
    stop();
  });

  it("hides them a slice per task, with the map's drawing held in between, and lets go once done", () => {
    const { big, cy, stop } = drawnBig();
    const positions = big.nodes.filter((node) => node.kind === "position").length;
    slowClock();
    store().toggleKind("position");
    paintAndTask(2);
    const first = cy.nodes(".filtered-out").length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(positions);
    expect(batching(cy)).toBe(true);
    paintAndTask(20);
    expect(cy.nodes(".filtered-out")).toHaveLength(positions);
    expect(batching(cy)).toBe(false);
    stop();
  });

  it("starts again from where it got to when asked for more meanwhile, and stops whole", () => {
    const { big, cy, stop } = drawnBig();
    slowClock();
    store().toggleKind("position");
    paintAndTask(2);
    store().toggleKind("credential");
    paintAndTask(30);
    expect(cy.nodes(".filtered-out")).toHaveLength(big.nodes.length);
    expect(batching(cy)).toBe(false);
    store().toggleKind("credential");
    paintAndTask(2);
    stop();
    expect(batching(cy)).toBe(false);
  });

  it("applies nothing once the map view has stopped", () => {
    const { cy, stop } = drawnBig();
    store().toggleKind("position");
    stop();
    paintAndTask();
    expect(cy.nodes(".filtered-out")).toHaveLength(0);
  });
});
