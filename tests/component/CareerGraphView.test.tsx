import { act, render, waitFor } from "@testing-library/react";
import type { Core } from "cytoscape";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CareerGraphView } from "../../src/graph-view/CareerGraphView.tsx";
import { mapLooks } from "../../src/graph-view/mapLooks.ts";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

const graph = makeGraph(
  [
    makePosition("constructor"),
    makeCredential("__proto__"),
    makePosition("coder", "mid"),
    makePosition("lead", "advanced"),
  ],
  [
    makeEdge("constructor", "coder"),
    makeEdge("__proto__", "coder", "qualifies-for"),
    makeEdge("coder", "lead"),
    makeEdge("constructor", "__proto__", "prepares-for"),
  ],
);

async function renderMap(): Promise<Core> {
  let cy: Core | null = null;
  act(() => useAppStore.getState().loadGraph(graph));
  render(<CareerGraphView graph={graph} headless onReady={(instance) => (cy = instance)} />);
  await waitFor(() => expect(cy).not.toBeNull());
  return cy as unknown as Core;
}

const node = (cy: Core, id: string) => cy.getElementById(`n:${id}`);

describe("CareerGraphView (headless)", () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it("draws every node and edge once, including ids named like prototype members", async () => {
    const cy = await renderMap();
    expect(
      cy
        .nodes("[careerId]")
        .map((n) => n.data("careerId"))
        .sort(),
    ).toEqual(["__proto__", "coder", "constructor", "lead"].sort());
    expect(cy.edges()).toHaveLength(4);
    expect(cy.nodes(".band")).toHaveLength(4);
  });

  it("a tap on a node selects it; its paths stand out and the rest dims", async () => {
    const cy = await renderMap();
    act(() => {
      node(cy, "coder").emit("tap");
    });
    expect(useAppStore.getState().selectedId).toBe("coder");
    expect(node(cy, "coder").hasClass("selected")).toBe(true);
    expect(node(cy, "constructor").hasClass("dimmed")).toBe(false);
    expect(node(cy, "lead").hasClass("dimmed")).toBe(false);
    expect(cy.getElementById("e:constructor->__proto__").hasClass("dimmed")).toBe(true);
    expect(cy.getElementById("e:coder->lead").hasClass("neighbour-edge")).toBe(true);
  });

  it("a tap on the background clears the selection", async () => {
    const cy = await renderMap();
    act(() => node(cy, "lead").emit("tap"));
    act(() => {
      cy.emit("tap");
    });
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(cy.nodes(".dimmed")).toHaveLength(0);
  });

  it("filters hide nodes by class (their paths go with them: tests/unit/graph-view/filterSlices.test.ts)", async () => {
    const cy = await renderMap();
    act(() => useAppStore.getState().toggleKind("credential"));
    expect(node(cy, "__proto__").hasClass("filtered-out")).toBe(true);
    expect(node(cy, "coder").hasClass("filtered-out")).toBe(false);
  });

  it("keeps its instance through an edit that draws the same map, and draws anew on one that does not", async () => {
    const made: Core[] = [];
    act(() => useAppStore.getState().loadGraph(graph));
    const { rerender } = render(<CareerGraphView graph={graph} headless onReady={(cy) => made.push(cy)} />);
    await waitFor(() => expect(made).toHaveLength(1));
    const summaryEdited = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === "coder" ? { ...n, summary: "Codes claims." } : n)),
    };
    rerender(<CareerGraphView graph={summaryEdited} headless onReady={(cy) => made.push(cy)} />);
    const relabelled = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === "coder" ? { ...n, label: "Coder II" } : n)),
    };
    rerender(<CareerGraphView graph={relabelled} headless onReady={(cy) => made.push(cy)} />);
    await waitFor(() => expect(made.at(-1)?.getElementById("n:coder").data("label")).toBe("Coder II"));
    expect(new Set(made).size).toBe(2);
    expect(made[0]?.destroyed()).toBe(true);
  });

  it("takes the other theme on the same instance: its elements, view and selection stay", async () => {
    const made: Core[] = [];
    act(() => useAppStore.getState().loadGraph(graph));
    render(<CareerGraphView graph={graph} headless onReady={(cy) => made.push(cy)} />);
    await waitFor(() => expect(made).toHaveLength(1));
    const cy = made[0] as Core;
    const restyles = vi.spyOn(cy, "style");
    act(() => node(cy, "coder").emit("tap"));
    act(() => useAppStore.getState().chooseTheme("dark"));
    expect(restyles).toHaveBeenCalledWith(mapLooks(graph).stylesheet("dark"));
    expect(made).toHaveLength(1);
    expect(node(cy, "coder").hasClass("selected")).toBe(true);
  });

  it("focusing a node from outside the map selects it", async () => {
    const cy = await renderMap();
    act(() => useAppStore.getState().focusNode("constructor"));
    expect(node(cy, "constructor").hasClass("selected")).toBe(true);
  });
});
