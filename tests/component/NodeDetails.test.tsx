import { act, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { richGraph } from "./richGraph.ts";

const store = () => useAppStore.getState();
const panel = () => screen.getByRole("complementary", { name: "Details" });
const title = () => screen.getByRole("heading", { level: 2 });

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(richGraph());
});

describe("SidePanel details of the selected node", () => {
  it("shows everything the map holds about the node", () => {
    act(() => store().selectNode("cpc"));
    render(<SidePanel />);
    expect(title()).toHaveTextContent("CPC Certified Professional Coder");
    const badges = screen.getByRole("list", { name: "Kind and level" });
    expect(
      within(badges)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toStrictEqual(["Credential", "Entry level", "AAPC"]);
    expect(screen.getByRole("link", { name: /American Academy of Professional Coders/ })).toHaveAttribute(
      "href",
      "https://www.aapc.com/",
    );
    expect(panel()).toHaveTextContent("The standard credential for physician-based coding.");
    const exam = screen.getByRole("region", { name: "Exam" });
    expect(within(exam).getByRole("list", { name: "Exam format" })).toHaveTextContent("100 questions4 hours");
    expect(exam).toHaveTextContent("Multiple choice, open code book.");
    expect(exam).toHaveTextContent("2024");
    expect(screen.getByRole("region", { name: "Before you apply" })).toHaveTextContent(
      "No experience needed",
    );
    expect(screen.getByRole("region", { name: "Apprentice designation" })).toHaveTextContent(
      "CPC-A Until two years of experience are shown.",
    );
    expect(screen.getByRole("region", { name: "Keeping it current" })).toHaveTextContent(
      "36 CEUs every two years.",
    );
    const numbers = screen.getByRole("region", { name: "In numbers" });
    expect(numbers).toHaveTextContent("Share of coders");
    expect(numbers).toHaveTextContent("62.5% (2019, aapc.com");
  });

  it("formats money with its year and source", () => {
    act(() => store().selectNode("physician-coder"));
    render(<SidePanel />);
    const numbers = screen.getByRole("region", { name: "In numbers" });
    expect(numbers).toHaveTextContent(
      "Average salary$58,055 a year (2022, aapc.com (opens in a new tab)) AAPC survey",
    );
    expect(within(numbers).getByRole("link", { name: /^aapc\.com/ })).toHaveAttribute(
      "href",
      "https://www.aapc.com/resources/research/medical-coding-salary-survey/",
    );
    expect(screen.getByRole("region", { name: "Where people work" })).toHaveTextContent("Physician offices");
  });

  it("says a figure's year once when its label already names it", () => {
    const graph = richGraph();
    store().loadGraph({
      ...graph,
      nodes: graph.nodes.map((node) =>
        node.id === "physician-coder"
          ? {
              ...node,
              figures: (node.figures ?? []).map((f) => ({
                ...f,
                label: "Average salary (AAPC survey, 2022)",
              })),
            }
          : node,
      ),
    });
    act(() => store().selectNode("physician-coder"));
    render(<SidePanel />);
    expect(screen.getByRole("region", { name: "In numbers" })).toHaveTextContent(
      "Average salary (AAPC survey, 2022)$58,055 a year (aapc.com (opens in a new tab)) AAPC survey",
    );
  });

  it("links sources only when they are safe web links", () => {
    act(() => store().selectNode("cpc"));
    render(<SidePanel />);
    const sources = screen.getByRole("region", { name: "Sources" });
    const links = within(sources).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toStrictEqual([
      "https://www.aapc.com/certification/cpc/",
      "mailto:info@example.org",
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute("target", "_blank");
      expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
    expect(sources).toHaveTextContent("javascript:alert(1) (not a safe web link, shown as text)");
    expect(document.querySelector('[href^="javascript"]')).toBeNull();
  });

  it("lists next steps and where the node comes from, in plain words, with their basis", () => {
    act(() => store().selectNode("physician-coder"));
    render(<SidePanel />);
    const next = screen.getByRole("region", { name: "Next steps" });
    expect(
      within(next)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toStrictEqual(["Advances to", "Prepares you for"]);
    expect(next).toHaveTextContent("Editorial: Audits need coding years");
    const from = screen.getByRole("region", { name: "Comes from" });
    expect(
      within(from)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toStrictEqual(["Moved across from", "Credentials that qualify you"]);
    expect(within(from).getByRole("link", { name: /^Sourced: AAPC calls CPC the standard/ })).toHaveAttribute(
      "href",
      "https://www.aapc.com/certification/cpc/",
    );
  });

  it("marks nodes the filters hide, but still offers them", () => {
    act(() => {
      store().selectNode("coding-auditor");
      store().toggleLevel("advanced");
    });
    render(<SidePanel />);
    const next = screen.getByRole("region", { name: "Next steps" });
    expect(within(next).getByRole("button", { name: /^CPMA .*hidden by filters$/ })).toBeInTheDocument();
  });
});
