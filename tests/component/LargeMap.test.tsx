import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import cytoscape, { type Core, type EventObject } from "cytoscape";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_QUESTION } from "../../src/domain/route/question.ts";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { CareerGraphView } from "../../src/graph-view/CareerGraphView.tsx";
import { followFilters } from "../../src/graph-view/highlights/filters.ts";
import { mapLooks } from "../../src/graph-view/mapLooks.ts";
import { followHighlightOverlay } from "../../src/graph-view/overlay/followHighlightOverlay.ts";
import type { OverlaySurface } from "../../src/graph-view/overlay/overlaySurface.ts";
import { placeCareerMap } from "../../src/graph-view/placeCareerMap.ts";
import { toElements } from "../../src/graph-view/toElements.ts";
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

describe("the theme on a large map", () => {
  it("comes as a new instance made in the other theme, as after an edit; the one shown before goes", async () => {
    const made: Core[] = [];
    render(
      <CareerGraphView
        graph={store().index?.graph ?? makeGraph()}
        headless
        onReady={(cy) => made.push(cy)}
      />,
    );
    await waitFor(() => expect(made).toHaveLength(1), { timeout: 10_000 });
    const restyles = vi.spyOn(made[0] as Core, "style");
    act(() => store().chooseTheme("dark"));
    await waitFor(() => expect(made).toHaveLength(2), { timeout: 10_000 });
    expect(made[0]?.destroyed()).toBe(true);
    expect(restyles).not.toHaveBeenCalled();
    act(() => store().chooseTheme("light"));
    await waitFor(() => expect(made).toHaveLength(3), { timeout: 10_000 });
    // The instances are made headless here, without styles; large-map.spec checks the colours in Chromium.
  });
});

describe("hover and selection on a large map", () => {
  async function renderMap(): Promise<Core> {
    let cy: Core | null = null;
    render(
      <CareerGraphView graph={store().index?.graph ?? makeGraph()} headless onReady={(i) => (cy = i)} />,
    );
    await waitFor(() => expect(cy).not.toBeNull(), { timeout: 10_000 });
    return cy as unknown as Core;
  }

  /** Ids of the elements whose classes or style change while `change` runs. */
  function restyled(cy: Core, change: () => void): string[] {
    const before = new Map(cy.elements().map((e) => [e.id(), e.classes().join(" ")]));
    const styled = new Set<string>();
    const note = (event: EventObject) => styled.add(String(event.target.id()));
    cy.on("style", "*", note);
    act(change);
    cy.off("style", "*", note);
    for (const e of cy.elements()) if (before.get(e.id()) !== e.classes().join(" ")) styled.add(e.id());
    return [...styled];
  }

  const tap = (cy: Core, careerId: string | null) => {
    const position = careerId ? cy.getElementById(`n:${careerId}`).position() : { x: -9999, y: -9999 };
    cy.emit({ type: "tap", position } as unknown as string);
  };

  it("pointing, clicking and clearing restyle no element: the map below is not redrawn", async () => {
    const cy = await renderMap();
    const point = (careerId: string) => {
      cy.emit({
        type: "mousemove",
        position: cy.getElementById(`n:${careerId}`).position(),
        originalEvent: new MouseEvent("mousemove"),
      } as unknown as string);
    };
    expect(restyled(cy, () => point("n0001"))).toEqual([]);
    expect(store().hoveredId).toBe("n0001");
    expect(restyled(cy, () => point("n0002"))).toEqual([]);
    expect(store().hoveredId).toBe("n0002");
    expect(restyled(cy, () => tap(cy, "n0002"))).toEqual([]);
    expect(store().selectedId).toBe("n0002");
    expect(restyled(cy, () => tap(cy, "n0003"))).toEqual([]);
    expect(store().selectedId).toBe("n0003");
    expect(restyled(cy, () => tap(cy, null))).toEqual([]);
    expect(store().selectedId).toBeNull();
  });
});

describe("the highlight overlay", () => {
  interface Drawn {
    readonly hovered: string | null;
    readonly hoverPaths: string[];
    readonly selected: string | null;
    readonly selectionPaths: string[];
    readonly theme: string;
    readonly zoom: number;
  }

  /** Follows the store on a headless map, keeping what each drawing of the overlay showed. */
  function follow() {
    const graph = store().index?.graph ?? makeGraph();
    const looks = mapLooks(graph);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, placeCareerMap(graph)),
      style: looks.stylesheet("light"),
      layout: { name: "preset", fit: false },
    });
    // The filters hide elements by class, as on the page.
    const stopFilters = followFilters(cy);
    const drawings: Drawn[] = [];
    const ids = (eles: { map: (f: (e: { id(): string }) => string) => string[] }) =>
      eles.map((e) => e.id()).sort();
    const surface: OverlaySurface = {
      draw: (elements, model, view) =>
        drawings.push({
          hovered: elements.hovered?.id() ?? null,
          hoverPaths: ids(elements.hoverPaths),
          selected: elements.selected?.id() ?? null,
          selectionPaths: ids(elements.selectionPaths),
          theme: model.theme,
          zoom: view.zoom,
        }),
      remove: () => {},
    };
    const stopOverlay = followHighlightOverlay(cy, looks, surface);
    const stop = () => {
      stopOverlay();
      stopFilters();
    };
    return { cy, drawings, last: () => drawings.at(-1), stop };
  }

  it("shows the hovered node with its paths, and the selected node with its own", () => {
    const { last, stop } = follow();
    expect(last()).toMatchObject({ hovered: null, selected: null, hoverPaths: [], selectionPaths: [] });
    act(() => store().hoverNode("n0002"));
    expect(last()).toMatchObject({
      hovered: "n:n0002",
      hoverPaths: ["e:n0001->n0002", "e:n0002->n0003"],
      selected: null,
    });
    act(() => store().selectNode("n0003"));
    expect(last()).toMatchObject({
      hovered: "n:n0002",
      selected: "n:n0003",
      selectionPaths: ["e:n0002->n0003", "e:n0003->n0004"],
    });
    act(() => store().hoverNode("n0003"));
    expect(last()).toMatchObject({ hovered: null, hoverPaths: [], selected: "n:n0003" });
    act(() => store().clearSelection());
    expect(last()).toMatchObject({ hovered: "n:n0003", selected: null, selectionPaths: [] });
    stop();
  });

  it("leaves out what the filters hide, and the selection's paths while a route is drawn", async () => {
    const { cy, last, stop } = follow();
    act(() => store().selectNode("n0006"));
    expect(last()?.selectionPaths).toEqual(["e:n0004->n0006", "e:n0006->n0007"]);
    act(() => store().askRoute({ ...EMPTY_QUESTION, from: "n0001", to: "n0004", requirements: false }));
    expect(last()).toMatchObject({ selected: "n:n0006", selectionPaths: [] });
    act(() => store().clearRoute());
    act(() => store().toggleKind("position"));
    // Hiding this many nodes waits for the next paint (filters.ts).
    await waitFor(() => expect(cy.getElementById("n:n0002").hasClass("filtered-out")).toBe(true));
    act(() => store().hoverNode("n0002"));
    expect(last()).toMatchObject({ hovered: null, hoverPaths: [] });
    stop();
  });

  it("follows the view and the theme", async () => {
    const { cy, last, stop } = follow();
    act(() => store().hoverNode("n0002"));
    act(() => {
      cy.zoom(2);
    });
    await waitFor(() => expect(last()?.zoom).toBe(2));
    expect(last()).toMatchObject({ hovered: "n:n0002", theme: "light" });
    act(() => store().chooseTheme("dark"));
    expect(last()).toMatchObject({ hovered: "n:n0002", theme: "dark" });
    stop();
  });
});
