import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { useEscapeClearsSelection } from "../../src/app/useEscapeClearsSelection.ts";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { richGraph } from "./richGraph.ts";

const store = () => useAppStore.getState();
const panel = () => screen.getByRole("complementary", { name: "Details" });
const title = () => screen.getByRole("heading", { level: 2 });

function PanelOnPage() {
  useEscapeClearsSelection();
  return <SidePanel />;
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(richGraph());
});

describe("SidePanel with nothing selected", () => {
  it("explains what to do and lists every node by level as buttons that select it", async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    expect(panel()).toHaveTextContent("Click a role or credential on the map, or search for one");
    const list = screen.getByRole("navigation", { name: "All roles and credentials" });
    expect(within(list).getAllByRole("button")).toHaveLength(7);
    expect(
      within(list)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toStrictEqual(["Entry level", "Mid level", "Advanced"]);

    await user.click(within(list).getByRole("button", { name: /^CPC Certified Professional Coder/ }));
    expect(store().selectedId).toBe("cpc");
    expect(store().focus?.id).toBe("cpc");
    expect(title()).toHaveFocus();
    expect(screen.getByText("Selected: CPC, Certified Professional Coder")).toBeInTheDocument();
  });

  it("is reachable by keyboard alone", async () => {
    const user = userEvent.setup();
    render(<SidePanel />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: /^Billing Clerk/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(store().selectedId).toBe("billing-clerk");
  });
});

describe("SidePanel focus and closing", () => {
  it("selects a next step, centres it on the map and moves focus to its heading", async () => {
    const user = userEvent.setup();
    act(() => store().selectNode("physician-coder"));
    render(<SidePanel />);
    const next = screen.getByRole("region", { name: "Next steps" });
    await user.click(within(next).getByRole("button", { name: /^Coding Auditor/ }));
    expect(store().selectedId).toBe("coding-auditor");
    expect(store().focus?.id).toBe("coding-auditor");
    expect(title()).toHaveTextContent("Coding Auditor");
    expect(title()).toHaveFocus();
  });

  it("does not take focus when the selection comes from the map", () => {
    render(<SidePanel />);
    act(() => store().selectNode("cpc"));
    expect(title()).toHaveTextContent("CPC");
    expect(title()).not.toHaveFocus();
  });

  it("closes with its close button, clearing the selection", async () => {
    const user = userEvent.setup();
    act(() => store().selectNode("cpc"));
    render(<SidePanel />);
    await user.click(screen.getByRole("button", { name: "Close details" }));
    expect(store().selectedId).toBeNull();
    expect(title()).toHaveTextContent("Explore the career map");
    expect(title()).toHaveFocus();
  });

  it("keeps keyboard focus in the panel when Escape clears the selection under it", async () => {
    const user = userEvent.setup();
    act(() => store().selectNode("physician-coder"));
    render(<PanelOnPage />);
    screen.getByRole("button", { name: /^Coding Auditor/ }).focus();
    await user.keyboard("{Escape}");
    expect(store().selectedId).toBeNull();
    expect(title()).toHaveTextContent("Explore the career map");
    expect(title()).toHaveFocus();
  });
});
