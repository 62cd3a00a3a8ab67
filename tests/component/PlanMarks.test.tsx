import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { withMark, withNote } from "../../src/domain/plan/editPlan.ts";
import { emptyPlan } from "../../src/domain/plan/plan.ts";
import { EMPTY_QUESTION } from "../../src/domain/route/question.ts";
import { SidePanel } from "../../src/features/details/SidePanel.tsx";
import { Legend } from "../../src/features/legend/Legend.tsx";
import { MyPlanPanel } from "../../src/features/plan/MyPlanPanel.tsx";
import { NodePlanSlot } from "../../src/features/plan/NodePlanSlot.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

const store = () => useAppStore.getState();
const actions = (id: string) => <NodePlanSlot nodeId={id} />;

function feeGraph() {
  return makeGraph(
    [
      makePosition("clerk", "entry", { label: "Clerk" }),
      makeCredential("cpc", "entry", {
        fees: [
          { amount: 499, currency: "USD", year: 2025, member: false, source: "https://example.org/fees" },
          { amount: 399, currency: "USD", year: 2025, member: true, source: "https://example.org/fees" },
        ],
      }),
      makePosition("coder", "mid", { label: "Coder" }),
    ],
    [
      {
        ...makeEdge("clerk", "cpc", "prepares-for"),
        time: { minYears: 1, maxYears: 2, basis: { kind: "inferred", note: "t" } },
      },
      {
        ...makeEdge("cpc", "coder", "qualifies-for"),
        time: { minYears: 0.5, basis: { kind: "inferred", note: "t" } },
      },
    ],
  );
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(feeGraph());
  store().openPlan(emptyPlan("map-test", "Test map"), "saved");
});

describe("marks and notes in the details panel", () => {
  it("sets a mark by keyboard, dates it, and shows it in the browse list", async () => {
    const user = userEvent.setup();
    act(() => store().selectNode("cpc"));
    const { rerender } = render(<SidePanel nodeActions={actions} />);
    const group = screen.getByRole("group", { name: "My plan" });
    expect(within(group).getByRole("radio", { name: "Not marked" })).toBeChecked();
    within(group).getByRole("radio", { name: "Not marked" }).focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(within(group).getByRole("radio", { name: "In progress" })).toBeChecked();
    expect(store().plan?.entries.get("cpc")?.mark).toBe("in-progress");
    expect(group).toHaveTextContent(/Marked in progress on \d{1,2} \w{3} \d{4}/);

    act(() => store().clearSelection());
    rerender(<SidePanel nodeActions={actions} />);
    const list = screen.getByRole("navigation", { name: "All roles and credentials" });
    expect(within(list).getByRole("button", { name: /CPC.*My plan: In progress/ })).toBeInTheDocument();
    expect(within(list).getByRole("button", { name: "Clerk" })).toBeInTheDocument();
  });

  it("keeps a note as plain text, and clearing it removes the entry", async () => {
    const user = userEvent.setup();
    act(() => store().selectNode("clerk"));
    render(<SidePanel nodeActions={actions} />);
    const note = screen.getByRole("textbox", { name: "My note" });
    await user.type(note, "<b>ask</b> about audits");
    expect(store().plan?.entries.get("clerk")?.note).toBe("<b>ask</b> about audits");
    await user.clear(note);
    expect(store().plan?.entries.has("clerk")).toBe(false);
  });
});

describe("the My plan view", () => {
  it("lists the route with marks and notes, what is left, and entries no longer on the map", () => {
    const at = "2026-03-01T12:00:00.000Z";
    let plan = withMark(emptyPlan("map-test", "Test map"), "cpc", "done", at);
    plan = withNote(plan, "cpc", "Passed first try", at);
    plan = withMark(plan, "retired-role", "planned", at);
    act(() => {
      store().openPlan(plan, "saved");
      store().askRoute({ ...EMPTY_QUESTION, from: "clerk", to: "coder" });
    });
    render(<MyPlanPanel onChoose={() => undefined} />);
    expect(screen.getByText("Where I am").nextSibling).toHaveTextContent("Clerk");
    const left = screen.getByRole("list", { name: "What is left" });
    expect(left).toHaveTextContent("1 step left");
    expect(left).toHaveTextContent("Typical time: 0.5 years");
    const steps = screen.getAllByRole("listitem").filter((li) => li.classList.contains("plan-step"));
    expect(steps.map((li) => li.textContent)).toEqual([
      "Start: Clerk ",
      expect.stringContaining(
        "Step 1: CPC ✓My plan: Done since 1 Mar 2026Typically after 1–2 years in the role before",
      ),
      "Step 2: Coder Typically after 0.5 years in the role before",
    ]);
    expect(steps[1]).toHaveTextContent(
      "Exam fee: $499 non-members (2025), $399 members (2025)Passed first try",
    );
    expect(screen.getByRole("heading", { name: "No longer on this map" })).toBeInTheDocument();
    expect(screen.getByText("retired-role")).toBeInTheDocument();
  });
});

describe("the legend", () => {
  it("explains the rings of the marks the plan uses, and only those", () => {
    act(() => {
      store().markNode("cpc", "done");
      store().markNode("coder", "skipped");
    });
    render(<Legend />);
    const list = screen.getByRole("list", { name: "My plan" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["My plan: done", "My plan: skipped"]);
  });
});
