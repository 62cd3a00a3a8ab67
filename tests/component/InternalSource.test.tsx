import { act, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeGraph, makePosition } from "../fixtures/builders.ts";

const store = () => useAppStore.getState();
const sources = () => screen.getByRole("region", { name: "Sources" });

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe("an internal source in the details panel", () => {
  it("shows the node's own statement as the author's words, not as a link", () => {
    const lead = makePosition("lead", "entry", {
      sources: [],
      internal: { note: "https://looks.like/a-link but is our team's word" },
    });
    store().loadGraph(makeGraph([lead], []));
    act(() => store().selectNode("lead"));
    render(<SidePanel />);
    expect(sources()).toHaveTextContent(
      "The map’s author says: https://looks.like/a-link but is our team's word",
    );
    expect(within(sources()).queryAllByRole("link")).toHaveLength(0);
  });

  it("falls back to the map's statement only for nodes without a link", () => {
    const graph = {
      ...makeGraph([makePosition("lead", "entry", { sources: [] }), makePosition("coder")], []),
      internal: { note: "Our ladder, agreed in 2026." },
    };
    store().loadGraph(graph);
    act(() => store().selectNode("lead"));
    const { unmount } = render(<SidePanel />);
    expect(sources()).toHaveTextContent("The map’s author says: Our ladder, agreed in 2026.");
    unmount();
    act(() => store().selectNode("coder"));
    render(<SidePanel />);
    expect(sources()).not.toHaveTextContent("The map’s author says");
    expect(within(sources()).getAllByRole("link")).toHaveLength(1);
  });
});
