import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Core } from "cytoscape";
import { beforeEach, describe, expect, it } from "vitest";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { CareerGraphView } from "../../src/graph-view/CareerGraphView.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

/** 1,200 nodes in a chain per level: past both the virtual-list and the large-map thresholds. */
function largeGraph() {
  const levels = ["entry", "mid", "advanced", "master"];
  const nodes = Array.from({ length: 1200 }, (_, i) => {
    const level = levels[i % 4] as string;
    const id = `n${String(i).padStart(4, "0")}`;
    return i % 5 === 0 ? makeCredential(id, level) : makePosition(id, level);
  });
  const positions = nodes.filter((node) => node.kind === "position");
  const edges = positions
    .slice(1)
    .map((node, i) => makeEdge((positions[i] as typeof node).id, node.id, "lateral"));
  return makeGraph(nodes, edges);
}

const store = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(largeGraph());
});

describe("the browse list of a large map", () => {
  it("keeps only the rows in view in the page, each saying its place in the whole list", async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    const list = screen.getByRole("navigation", { name: "All roles and credentials" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.length).toBeLessThan(100);
    const items = within(list).getAllByRole("listitem");
    // Level heading, kind heading, then the entry credentials in label order.
    expect(items[0]).toHaveAttribute("aria-posinset", "1");
    expect(items[0]).toHaveAttribute("aria-setsize", String(1200 + 4 + 8));
    expect(within(items[0] as HTMLElement).getByRole("heading", { level: 3 })).toHaveTextContent("Entry");

    await user.tab();
    await user.tab();
    expect(buttons[0]).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(store().focus?.id).toBe(buttons[0]?.textContent);
  });
});

describe("highlights on a large map", () => {
  async function renderMap(): Promise<Core> {
    let cy: Core | null = null;
    render(
      <CareerGraphView graph={store().index?.graph ?? makeGraph()} headless onReady={(i) => (cy = i)} />,
    );
    await waitFor(() => expect(cy).not.toBeNull());
    return cy as unknown as Core;
  }

  /** Ids of the elements whose classes change while `change` runs. */
  function restyled(cy: Core, change: () => void): string[] {
    const before = new Map(cy.elements().map((e) => [e.id(), e.classes().join(" ")]));
    act(change);
    return cy
      .elements()
      .filter((e) => before.get(e.id()) !== e.classes().join(" "))
      .map((e) => e.id());
  }

  it("a hover restyles the node left and the node entered, nothing else", async () => {
    const cy = await renderMap();
    expect(restyled(cy, () => store().hoverNode("n0001"))).toEqual(["n:n0001"]);
    expect(restyled(cy, () => store().hoverNode("n0002")).sort()).toEqual(["n:n0001", "n:n0002"]);
  });

  it("a selection marks its node and paths without dimming the rest, and restyles only the neighbourhoods", async () => {
    const cy = await renderMap();
    const first = restyled(cy, () => store().selectNode("n0002"));
    expect(first.sort()).toEqual(["e:n0001->n0002", "e:n0002->n0003", "n:n0002"]);
    expect(cy.elements(".dimmed")).toHaveLength(0);
    const second = restyled(cy, () => store().selectNode("n0003"));
    expect(second.sort()).toEqual(["e:n0001->n0002", "e:n0003->n0004", "n:n0002", "n:n0003"]);
    expect(cy.getElementById("e:n0002->n0003").hasClass("neighbour-edge")).toBe(true);
    expect(restyled(cy, () => store().clearSelection()).sort()).toEqual([
      "e:n0002->n0003",
      "e:n0003->n0004",
      "n:n0003",
    ]);
  });
});
