import { act, render, screen } from "@testing-library/react";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

const HOSTILE = "<img src=x onerror=alert(1)>";

function showNode(label: string, name?: string) {
  const extra = name === undefined ? { label } : { label, name };
  act(() =>
    useAppStore
      .getState()
      .loadGraph(
        makeGraph([makePosition("x", "entry", extra), makePosition("y", "mid")], [makeEdge("y", "x")]),
      ),
  );
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe("text from the map is shown as text (P7)", () => {
  it("renders a label that looks like markup literally, with no element made from it", () => {
    showNode(HOSTILE, `<b>${HOSTILE}</b>`);
    const { container } = render(<SidePanel />);
    expect(container.querySelector(".node-button-label")?.textContent).toBe(HOSTILE);
    act(() => useAppStore.getState().selectNode("x"));
    const heading = screen.getByRole("heading", { level: 2 });
    expect(heading).toHaveTextContent(HOSTILE, { normalizeWhitespace: false });
    expect(container.querySelector("img, b, script")).toBeNull();
    expect(screen.getByText(`Selected: ${HOSTILE}, <b>${HOSTILE}</b>`)).toBeInTheDocument();
  });

  it("keeps any label exactly, in the list and in the heading", () => {
    const { container } = render(<SidePanel />);
    const label = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom(HOSTILE, "</text><script>alert(1)</script>", "{{7*7}}", "&amp; &lt;"),
    );
    fc.assert(
      fc.property(label, (text) => {
        showNode(text);
        const item = container.querySelector(".node-button-label");
        expect(item?.textContent).toBe(text);
        expect(item?.children).toHaveLength(0);
        act(() => useAppStore.getState().selectNode("x"));
        const heading = container.querySelector("h2");
        expect(heading?.textContent).toBe(text);
        expect(heading?.children).toHaveLength(0);
        expect(container.querySelector("img, script")).toBeNull();
      }),
      { numRuns: 80 },
    );
    // A property test over React renders: generous on a loaded 2-core machine.
  }, 60_000);
});
