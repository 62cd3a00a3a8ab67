import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { generateLattice } from "../../scripts/bench/lattice.ts";
import { buildGraphIndex } from "../../src/domain/graphIndex.ts";
import { browseRows } from "../../src/features/details/browseRows.ts";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { useAppStore } from "../../src/store/appStore.ts";

const graph = generateLattice(2000, 6000, 11);
const rows = browseRows(buildGraphIndex(graph));
const nodeRows = rows.flatMap((row, i) =>
  row.type === "node" ? [{ index: i, id: row.node.id, label: row.node.label }] : [],
);

/** The focused row: its place in the whole list (1-based) and its node's label. */
function focusedRow() {
  const item = document.activeElement?.closest("li");
  return { place: Number(item?.getAttribute("aria-posinset")), text: document.activeElement?.textContent };
}

const at = (n: number) => ({ place: (nodeRows[n]?.index ?? -1) + 1, text: nodeRows[n]?.label });

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().loadGraph(graph);
});

describe("keys in the virtual browse list (2,000 generated nodes)", () => {
  it("moves the focus by node with Up, Down, Home, End, Page Up and Page Down, rendering the row it lands on", async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    const list = screen.getByRole("navigation", { name: "All roles and credentials" });
    const first = within(list).getAllByRole("button")[0] as HTMLElement;
    act(() => first.focus());
    expect(focusedRow()).toEqual(at(0));

    await user.keyboard("{ArrowDown}");
    expect(focusedRow()).toEqual(at(1));
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(focusedRow()).toEqual(at(0));

    // The last node is far below the rows in the page; it is rendered and focused all the same.
    await user.keyboard("{End}");
    expect(focusedRow()).toEqual(at(nodeRows.length - 1));
    expect(focusedRow().place).toBe(rows.length);
    expect(document.activeElement?.closest("li")).toHaveAttribute("aria-setsize", String(rows.length));
    await user.keyboard("{ArrowDown}");
    expect(focusedRow()).toEqual(at(nodeRows.length - 1));

    await user.keyboard("{Home}");
    expect(focusedRow()).toEqual(at(0));
    await user.keyboard("{PageDown}");
    const paged = focusedRow();
    const pagedNode = nodeRows.findIndex((row) => row.index + 1 === paged.place);
    expect(pagedNode).toBeGreaterThan(5);
    expect(paged).toEqual(at(pagedNode));
    await user.keyboard("{PageUp}");
    expect(focusedRow()).toEqual(at(0));

    // Still a window of rows, not a button per node.
    expect(within(list).getAllByRole("button").length).toBeLessThan(100);
    await user.keyboard("{Enter}");
    expect(useAppStore.getState().focus?.id).toBe(nodeRows[0]?.id);
  });
});
