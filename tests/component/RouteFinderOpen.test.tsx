import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_QUESTION, type RouteQuestion } from "../../src/domain/route/question.ts";
import { RouteEndButtons } from "../../src/features/route-finder/RouteEndButtons.tsx";
import { RouteFinderToggle } from "../../src/features/route-finder/RouteFinderToggle.tsx";
import { RoutePanel } from "../../src/features/route-finder/RoutePanel.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { routeGraph } from "./routeFixture.ts";

const store = () => useAppStore.getState();

function renderPanel(draft?: Partial<RouteQuestion>) {
  act(() => {
    store().loadGraph(routeGraph);
    if (draft) store().askRoute({ ...EMPTY_QUESTION, ...draft });
    store().openRoutePanel();
  });
  return render(<RoutePanel />);
}

describe("opening, closing and sharing the route finder", () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it("Escape closes an open list first, then reverts typing, then closes the panel", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk" });
    const from = screen.getByRole("combobox", { name: "From" });
    await user.click(from);
    await user.keyboard("dir");
    expect(from).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(from).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{Escape}");
    expect(from).toHaveValue("Records Clerk");
    expect(store().routePanelOpen).toBe(true);
    await user.keyboard("{Escape}");
    expect(store().routePanelOpen).toBe(false);
    expect(store().selectedId).toBeNull();
  });

  it("the header button starts the route at the selected node and focuses To", async () => {
    const user = userEvent.setup();
    act(() => {
      store().loadGraph(routeGraph);
      store().selectNode("coder");
    });
    render(
      <>
        <RouteFinderToggle />
        <RoutePanel />
      </>,
    );
    await user.click(screen.getByRole("button", { name: "Route finder" }));
    expect(store().routeQuestion.from).toBe("coder");
    expect(screen.getByRole("combobox", { name: "To" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Route finder" })).toHaveAttribute("aria-expanded", "true");
  });

  it('"I\'m here" and "Set as goal" set the ends and open the panel', async () => {
    const user = userEvent.setup();
    act(() => store().loadGraph(routeGraph));
    const { rerender } = render(<RouteEndButtons nodeId="clerk" />);
    await user.click(screen.getByRole("button", { name: "I'm here" }));
    expect(store().routeQuestion.from).toBe("clerk");
    expect(store().routePanelOpen).toBe(true);
    expect(screen.getByRole("button", { name: "I'm here, your start" })).toBeInTheDocument();
    rerender(<RouteEndButtons nodeId="director" />);
    await user.click(screen.getByRole("button", { name: "Set as goal" }));
    expect(store().routeQuestion.to).toBe("director");
    expect(store().routeAnswer?.ok).toBe(true);
  });

  it("Copy link copies the address and says so", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(screen.getByText("Link copied")).toBeInTheDocument();
  });

  it("where the clipboard is refused, Copy link shows the address selected in a field", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    renderPanel({ from: "clerk", to: "director" });
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const field = await screen.findByRole("textbox", { name: "Link to this route" });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveFocus();
    expect(screen.getByText("Copy the selected link")).toBeInTheDocument();
  });
});
