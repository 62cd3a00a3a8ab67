import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LARGE_MAP_NODES } from "../../src/domain/mapScale.ts";
import { Legend } from "../../src/features/legend/Legend.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeCredential, makeGraph, makePosition } from "../fixtures/builders.ts";

const toggle = () => screen.getByRole("button", { name: "Legend" });

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Legend", () => {
  it("explains every mark, open by default on a wide screen, and folds away", async () => {
    useAppStore
      .getState()
      .loadGraph(
        makeGraph([
          makePosition("clerk"),
          makeCredential("cpc"),
          makeCredential("rhit", "entry", { issuer: "ahima" }),
        ]),
      );
    const user = userEvent.setup();
    const { container } = render(<Legend />);
    expect(toggle()).toHaveAttribute("aria-expanded", "true");
    const lists = ["Nodes", "Paths", "Highlights"].map((name) => screen.getByRole("list", { name }));
    expect(lists.map((list) => list.querySelectorAll("li").length)).toStrictEqual([3, 4, 3]);
    expect(screen.queryByRole("list", { name: "My plan" })).toBeNull();
    for (const text of ["Position", "AAPC credential, solid border", "AHIMA credential, double border"]) {
      expect(screen.getByText(new RegExp(`^${text}`))).toBeVisible();
    }
    for (const text of [
      "Advances to",
      "Lateral move",
      "qualifies you for",
      "prepares you for",
      "Selected",
      "On the route",
    ]) {
      expect(screen.getByText(new RegExp(text))).toBeVisible();
    }
    expect(container.querySelectorAll("svg.legend-swatch")).toHaveLength(10);
    expect(
      screen.getByText(/Credential qualifies you for/).previousElementSibling?.querySelector("path"),
    ).toHaveAttribute("stroke-dasharray", "6 4");

    await user.click(toggle());
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("list", { name: "Nodes" })).toBeNull();
    await user.click(toggle());
    expect(screen.getByRole("list", { name: "Nodes" })).toBeVisible();
  });

  it("starts folded on a narrow screen", () => {
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: query.includes("760px"), media: query }));
    render(<Legend />);
    expect(toggle()).toHaveAttribute("aria-expanded", "false");
  });

  it("names every issuer of the map in a look of its own, and credentials of unlisted issuers apart", () => {
    const graph = makeGraph(
      [
        makeCredential("a", "entry", { issuer: "guild" }),
        makeCredential("b", "entry", { issuer: "society" }),
        makeCredential("c", "entry", { issuer: "board" }),
        makeCredential("d", "entry", { issuer: "nobody" }),
      ],
      [],
    );
    useAppStore.getState().loadGraph({
      ...graph,
      issuers: [
        { id: "guild", label: "Guild" },
        { id: "society", label: "Society" },
        { id: "board", label: "Board" },
      ],
    });
    render(<Legend />);
    const nodes = screen.getByRole("list", { name: "Nodes" });
    const items = [...nodes.querySelectorAll("li")];
    expect(items.map((item) => item.textContent)).toStrictEqual([
      "Guild credential, solid border",
      "Society credential, double border",
      "Board credential, dashed border",
      "Credential from an issuer the map does not list",
    ]);
    const looks = items.map((item) => {
      const outline = item.querySelector("polygon");
      return `${outline?.getAttribute("fill")} ${outline?.getAttribute("stroke")} ${item.querySelectorAll("polygon").length} ${outline?.getAttribute("stroke-dasharray")}`;
    });
    expect(new Set(looks).size).toBe(4);
    expect(screen.queryByText(/AAPC|AHIMA/)).toBeNull();
  });

  it("explains dimming up to LARGE_MAP_NODES nodes and leaves it out past that, where nothing dims", () => {
    const positions = (count: number) => Array.from({ length: count }, (_, i) => makePosition(`p${i}`));
    const highlights = () => screen.getByRole("list", { name: "Highlights" }).textContent ?? "";
    useAppStore.getState().loadGraph(makeGraph(positions(LARGE_MAP_NODES), []));
    const { unmount } = render(<Legend />);
    expect(highlights()).toMatch(/Dimmed/);
    unmount();
    useAppStore.getState().loadGraph(makeGraph(positions(LARGE_MAP_NODES + 1), []));
    render(<Legend />);
    expect(highlights()).toMatch(/Selected/);
    expect(highlights()).not.toMatch(/Dimmed/);
  });
});
