import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { useEscapeClearsSelection } from "../../src/app/useEscapeClearsSelection.ts";
import { SearchBox } from "../../src/features/search/SearchBox.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { richGraph } from "./richGraph.ts";

const store = () => useAppStore.getState();
const input = () => screen.getByRole("combobox", { name: "Search roles and credentials" });
const optionLabels = () =>
  screen.queryAllByRole("option").map((option) => option.querySelector(".search-option-label")?.textContent);

/** The search box as the page has it: Escape elsewhere clears the selection. */
function Page() {
  useEscapeClearsSelection();
  return <SearchBox />;
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(richGraph());
});

describe("SearchBox", () => {
  it.each([
    ["cpc", 1, ["CPC"], "cpc"],
    ["certified professional", 1, ["CPC", "CPMA"], "cpc"],
    ["audit", 3, ["Coding Auditor", "Compliance Auditor", "CPMA"], "cpma"],
  ])("finds %s and picks option %i with the keyboard", async (query, downs, labels, chosen) => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(input(), query);
    expect(input()).toHaveAttribute("aria-expanded", "true");
    expect(optionLabels()).toStrictEqual(labels);
    await user.keyboard("{ArrowDown}".repeat(downs));
    const active = screen.getAllByRole("option")[downs - 1];
    expect(input()).toHaveAttribute("aria-activedescendant", active?.id);
    expect(active).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(store().selectedId).toBe(chosen);
    expect(store().focus?.id).toBe(chosen);
    expect(input()).toHaveValue("");
    expect(input()).toHaveAttribute("aria-expanded", "false");
  });

  it("shows full name, kind and level in each option", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(input(), "cpc");
    expect(screen.getByRole("option")).toHaveTextContent(
      "CPC Certified Professional Coder Credential · Entry level",
    );
  });

  it("wraps around with the arrow keys and picks the first match on Enter", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(input(), "audit");
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("option", { selected: true })).toHaveTextContent(/^CPMA/);
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("option", { selected: true })).toHaveTextContent(/^Coding Auditor/);
    await user.clear(input());
    await user.type(input(), "compliance{Enter}");
    expect(store().selectedId).toBe("compliance-auditor");
  });

  it("chooses an option with the mouse", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(input(), "audit");
    await user.click(screen.getByRole("option", { name: /^Compliance Auditor/ }));
    expect(store().selectedId).toBe("compliance-auditor");
    expect(screen.getByRole("listbox", { hidden: true })).not.toBeVisible();
  });

  it("closes the list on Escape without clearing the selection", async () => {
    const user = userEvent.setup();
    act(() => store().selectNode("cpc"));
    render(<Page />);
    await user.type(input(), "audit");
    await user.keyboard("{Escape}");
    expect(input()).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("listbox", { hidden: true })).not.toBeVisible();
    expect(input()).toHaveValue("audit");
    expect(store().selectedId).toBe("cpc");
    await user.keyboard("{Escape}");
    expect(input()).toHaveValue("");
    expect(store().selectedId).toBe("cpc");
    await user.keyboard("{Escape}");
    expect(store().selectedId).toBeNull();
  });

  it("says when nothing matches", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(input(), "zzz");
    expect(screen.getByText(/No matches for/)).toHaveTextContent("No matches for “zzz”");
    expect(screen.getByRole("status")).toHaveTextContent("No matches");
    expect(input()).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{Enter}");
    expect(store().selectedId).toBeNull();
  });

  it("leaves out what the filters hide", async () => {
    const user = userEvent.setup();
    act(() => store().toggleKind("credential"));
    render(<Page />);
    await user.type(input(), "audit");
    expect(optionLabels()).toStrictEqual(["Coding Auditor", "Compliance Auditor"]);
    await user.clear(input());
    await user.type(input(), "cpc");
    expect(screen.getByText(/No matches for/)).toBeInTheDocument();
  });

  it("jumps to the field on /", async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.keyboard("/");
    expect(input()).toHaveFocus();
    expect(input()).toHaveValue("");
  });
});
