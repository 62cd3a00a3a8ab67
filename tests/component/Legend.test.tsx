import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Legend } from "../../src/features/legend/Legend.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeCredential, makeGraph } from "../fixtures/builders.ts";

const toggle = () => screen.getByRole("button", { name: "Legend" });

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Legend", () => {
  it("explains every mark, open by default on a wide screen, and folds away", async () => {
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
      "route",
    ]) {
      expect(screen.getByText(new RegExp(text))).toBeVisible();
    }
    expect(container.querySelectorAll("svg.legend-swatch")).toHaveLength(10);
    expect(
      screen.getByText(/Credential qualifies you for/).previousElementSibling?.querySelector("line"),
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

  it("adds a mark for credentials from other issuers only when the map has some", () => {
    useAppStore
      .getState()
      .loadGraph(makeGraph([makeCredential("rhit", "entry", { issuer: "other-body" })], []));
    render(<Legend />);
    expect(screen.getByText("Credential from another issuer")).toBeVisible();
  });
});
