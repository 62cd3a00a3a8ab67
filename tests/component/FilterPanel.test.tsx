import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { useEscapeClearsSelection } from "../../src/app/useEscapeClearsSelection.ts";
import { FilterPanel } from "../../src/features/filters/FilterPanel.tsx";
import { SearchBox } from "../../src/features/search/SearchBox.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { richGraph } from "./richGraph.ts";

const store = () => useAppStore.getState();
const toggle = () => screen.getByRole("button", { name: /^Filters/ });
const count = () => screen.getByRole("status");

function Header() {
  useEscapeClearsSelection();
  return (
    <>
      <SearchBox />
      <FilterPanel />
      <button type="button">Elsewhere</button>
    </>
  );
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(richGraph());
});

describe("FilterPanel", () => {
  it("opens a popover with kinds, levels and issuers, all shown", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle());
    expect(toggle()).toHaveAttribute("aria-expanded", "true");
    const boxes = screen.getAllByRole("checkbox");
    expect(
      boxes.map((box) => box.closest("label")?.querySelector(".filter-option-label")?.textContent),
    ).toStrictEqual([
      "Show positions",
      "Show credentials",
      "Entry level",
      "Mid level",
      "Advanced",
      "Master",
      "AAPC",
      "AHIMA",
    ]);
    for (const box of boxes) expect(box).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /^Entry level \(4\)$/ })).toBeInTheDocument();
    expect(count()).toHaveTextContent("Showing 7 of 7");
  });

  it("hides kinds and levels in the store and updates the count", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    await user.click(toggle());
    await user.click(screen.getByRole("checkbox", { name: /^Show credentials/ }));
    expect(store().filters.hiddenKinds).toStrictEqual(new Set(["credential"]));
    expect(count()).toHaveTextContent("Showing 4 of 7");
    await user.click(screen.getByRole("checkbox", { name: /^Advanced/ }));
    expect(count()).toHaveTextContent("Showing 3 of 7");
    await user.click(screen.getByRole("checkbox", { name: /^Mid level/ }));
    expect(count()).toHaveTextContent("Showing 2 of 7");
    expect(toggle()).toHaveAccessibleName("Filters, 3 active");
    await user.click(screen.getByRole("checkbox", { name: /^Advanced/ }));
    expect(count()).toHaveTextContent("Showing 3 of 7");
    await user.click(screen.getByRole("button", { name: "Show everything" }));
    expect(count()).toHaveTextContent("Showing 7 of 7");
    expect(toggle()).toHaveAccessibleName("Filters");
  });

  it("hides an issuer's credentials", async () => {
    const user = userEvent.setup();
    render(<FilterPanel />);
    await user.click(toggle());
    await user.click(screen.getByRole("checkbox", { name: /^AHIMA/ }));
    expect(store().filters.hiddenIssuers).toStrictEqual(new Set(["ahima"]));
    expect(count()).toHaveTextContent("Showing 6 of 7");
  });

  it("takes hidden credentials out of the search results", async () => {
    const user = userEvent.setup();
    render(<Header />);
    await user.click(toggle());
    await user.click(screen.getByRole("checkbox", { name: /^Show credentials/ }));
    await user.type(screen.getByRole("combobox"), "audit");
    expect(
      screen.getAllByRole("option").map((o) => o.querySelector(".search-option-label")?.textContent),
    ).toStrictEqual(["Coding Auditor", "Compliance Auditor"]);
  });

  it("closes on Escape, back on its button, keeping the selection", async () => {
    const user = userEvent.setup();
    act(() => store().selectNode("cpc"));
    render(<Header />);
    await user.click(toggle());
    await user.click(screen.getByRole("checkbox", { name: /^Show positions/ }));
    await user.keyboard("{Escape}");
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
    expect(toggle()).toHaveFocus();
    expect(store().selectedId).toBe("cpc");
  });

  it("closes on a click outside and when focus tabs out", async () => {
    const user = userEvent.setup();
    render(<Header />);
    await user.click(toggle());
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle());
    await user.click(screen.getByRole("checkbox", { name: /^Master/ }));
    expect(toggle()).toHaveAttribute("aria-expanded", "true");
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Show everything" })).toHaveFocus();
    await user.tab();
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
  });
});
