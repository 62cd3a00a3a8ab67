import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { EMPTY_QUESTION, type RouteQuestion } from "../../src/domain/route/question.ts";
import { RoutePanel } from "../../src/features/route-finder/RoutePanel.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeGraph, makePosition } from "../fixtures/builders.ts";
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

const cards = () => within(screen.getByRole("list", { name: /Routes/ })).getAllByRole("button");

describe("RoutePanel", () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it("picks From and To with the keyboard and lists the ranked routes", async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole("combobox", { name: "From" }));
    await user.keyboard("clerk{ArrowDown}{Enter}");
    await user.click(screen.getByRole("combobox", { name: "To" }));
    await user.keyboard("direc{Enter}");

    expect(store().routeQuestion).toStrictEqual({ ...EMPTY_QUESTION, from: "clerk", to: "director" });
    expect(screen.getByRole("combobox", { name: "From" })).toHaveValue("Records Clerk");
    // No times on this map: routes are ranked by steps, and an exam taken in the current role beats a move.
    expect(cards().map((card) => card.querySelector(".route-card-title")?.textContent)).toStrictEqual([
      "Route 1 · 3 steps · time not on the map",
      "Route 2 · 3 steps · time not on the map",
      "Route 3 · 4 steps · time not on the map",
    ]);
    const texts = cards().map((card) => card.textContent);
    expect(new Set(texts).size).toBe(texts.length);
    expect(cards()[0]).toHaveTextContent("From Records Clerk: earn CPC → Lead Coder (with CPC) → Director");
    expect(cards()[1]).toHaveTextContent("Unlike route 1, goes through Coder; skips CPC");
    expect(cards()[0]).toHaveAttribute("aria-pressed", "true");
    expect(
      screen.getByText(/3 routes found\. Route 1: Records Clerk → Director: 3 steps, 1 credential/),
    ).toBeInTheDocument();
  });

  it("choosing card 2 draws it and lists its steps", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    await user.click(cards()[1] as HTMLElement);

    expect(store().chosenRoute).toBe(1);
    expect(cards()[1]).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("heading", { name: "Route 2, step by step" })).toBeInTheDocument();
    const list = screen.getAllByRole("listitem").filter((item) => item.classList.contains("step"));
    expect(list.map((item) => item.querySelector(".step-kind")?.textContent)).toStrictEqual([
      "Step 1 · Advance",
      "Step 2 · Advance",
      "Step 3 · Advance",
    ]);
    expect(list[0]).toHaveTextContent("The map gives no time for this step");
  });

  it("lists what each step takes, with a box to tick", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    const list = screen.getAllByRole("listitem").filter((item) => item.classList.contains("step"));
    expect(list.map((item) => item.querySelector(".step-kind")?.textContent)).toStrictEqual([
      "Step 1 · Earn",
      "Step 2 · Get hired",
      "Step 3 · Advance",
    ]);
    expect(list[0]).toHaveTextContent("Exam · 100 questions · 4 hours");
    expect(list[0]).toHaveTextContent("Coding experience is advised.");
    expect(list[0]).toHaveTextContent("Exam fee not on the map");
    await user.click(screen.getByRole("checkbox", { name: "Step 1 done" }));
    expect(list[0]).toHaveAttribute("data-done", "true");
  });

  it("a step's destination button selects that node", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    await user.click(screen.getByRole("button", { name: "Lead Coder" }));
    expect(store().selectedId).toBe("lead");
    expect(store().focus?.id).toBe("lead");
  });

  it("held credentials change the route", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    await user.click(screen.getByRole("button", { name: "Options" }));
    await user.click(screen.getByRole("combobox", { name: "Credentials you hold" }));
    await user.keyboard("cpc{Enter}");

    expect(store().routeQuestion.held).toStrictEqual(["cpc"]);
    expect(cards()[0]).toHaveTextContent("Route 1 · 2 steps");
    expect(cards()[0]).toHaveTextContent("No credential to earn");
    expect(screen.getByRole("list", { name: "Credentials you hold: chosen" })).toHaveTextContent("CPC");
    await user.click(screen.getByRole("button", { name: "Remove CPC from Credentials you hold" }));
    expect(store().routeQuestion.held).toStrictEqual([]);
    expect(screen.getByRole("combobox", { name: "Credentials you hold" })).toHaveFocus();
  });

  it("says a role is not on this map, for an id from an old link", () => {
    renderPanel({ from: "ghost", to: "director" });
    expect(screen.getByRole("heading", { name: "Not on this map" })).toBeInTheDocument();
    // Under the field, in the message, and in the live region.
    expect(screen.getAllByText(/“ghost” is not on this map/)).toHaveLength(3);
    expect(screen.getByRole("combobox", { name: "From" })).toHaveAttribute("aria-invalid", "true");
  });

  it("says when nothing leads to the goal and offers the nearest reachable goal", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "island" });
    expect(screen.getByRole("heading", { name: "No route" })).toBeInTheDocument();
    // Hostile text from the map stays text.
    expect(screen.getAllByText(/<img src=x onerror=alert\(1\)> Island/).length).toBeGreaterThan(0);
    expect(document.querySelector("img")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Set Director as goal" }));
    expect(store().routeQuestion.to).toBe("director");
    expect(cards()).toHaveLength(3);
  });

  it("says when only the options are in the way", () => {
    renderPanel({ from: "clerk", to: "director", avoid: ["lead"] });
    expect(screen.getByRole("heading", { name: "No route with these options" })).toBeInTheDocument();
    expect(
      screen.getAllByText(/There is no route from Records Clerk to Director with these options/),
    ).toHaveLength(2);
    expect(screen.getAllByRole("button", { name: /^Set .* as goal$/ }).length).toBeGreaterThan(0);
  });

  it("swaps the ends and clears the question", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    await user.click(screen.getByRole("button", { name: "Swap From and To" }));
    expect(store().routeQuestion).toMatchObject({ from: "director", to: "clerk" });
    expect(screen.getByRole("heading", { name: "No route" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(store().routeQuestion).toStrictEqual(EMPTY_QUESTION);
    expect(screen.getByRole("combobox", { name: "From" })).toHaveFocus();
  });

  it("the clear button of a picker empties that end only", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    await user.click(screen.getByRole("button", { name: "Clear To" }));
    expect(store().routeQuestion).toMatchObject({ from: "clerk", to: null });
    expect(store().routeAnswer).toBeNull();
  });

  it("says while the route search loads, and when it could not be loaded offers to try again", async () => {
    const user = userEvent.setup();
    renderPanel({ from: "clerk", to: "director" });
    // As the store leaves it while the search loads, and after the load failed (routeSearchLoad.test.ts).
    act(() => useAppStore.setState({ routeAnswer: null, routeSearch: "loading" }));
    expect(screen.getByRole("status")).toHaveTextContent("Loading the route search…");
    act(() => useAppStore.setState({ routeSearch: "failed" }));
    expect(screen.getByRole("alert")).toHaveTextContent("The route search could not be loaded.");
    expect(screen.queryByRole("list", { name: /Routes/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Try again to load the route search" }));
    expect(store().routeSearch).toBe("idle");
    expect(cards()).toHaveLength(3);
  });

  it("browsing a picker of a large map says how many it leaves out, and the arrow keys pass the count by", async () => {
    const user = userEvent.setup();
    const positions = Array.from({ length: 100 }, (_, i) =>
      makePosition(`role-${String(i).padStart(3, "0")}`),
    );
    act(() => {
      store().loadGraph(makeGraph(positions, []));
      store().openRoutePanel();
    });
    render(<RoutePanel />);
    await user.click(screen.getByRole("combobox", { name: "From" }));
    const list = screen.getByRole("listbox", { name: "Choices for From" });
    const choices = within(list).getAllByRole("option");
    expect(choices.filter((option) => option.getAttribute("aria-disabled") !== "true")).toHaveLength(60);
    expect(choices[0]).toHaveAttribute("aria-disabled", "true");
    expect(choices[0]).toHaveTextContent("Showing 60 of 100: type part of a name to find the others.");
    await user.keyboard("{ArrowUp}{Enter}");
    expect(store().routeQuestion.from).toBe("role-059");
  });
});
