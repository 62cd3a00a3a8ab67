import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { addNode } from "../../src/domain/edit/nodeEdits.ts";
import { EditedBadge } from "../../src/features/editor/EditedBadge.tsx";
import { EditMapToggle } from "../../src/features/editor/EditMapToggle.tsx";
import { EditToolbar } from "../../src/features/editor/EditToolbar.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeGraph } from "../fixtures/builders.ts";

const store = () => useAppStore.getState();
const nodeIds = () => store().index?.graph.nodes.map((node) => node.id) ?? [];

function addAuditor() {
  act(() => {
    store().editMap((graph) =>
      addNode(graph, {
        id: "auditor",
        kind: "position",
        label: "Auditor",
        level: "mid",
        summary: "Audits.",
        source: "https://example.org/a",
      }),
    );
  });
}

function Editor() {
  return (
    <>
      <h1>
        Map
        <EditedBadge />
      </h1>
      <EditMapToggle />
      <EditToolbar />
      <input aria-label="Some text field" />
    </>
  );
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(makeGraph());
});

describe("editing tools", () => {
  it("appear with the Edit map switch, with Undo and Redo off until there is something to undo", async () => {
    const user = userEvent.setup();
    render(<Editor />);
    expect(screen.queryByRole("toolbar")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Edit map" }));
    expect(screen.getByRole("button", { name: "Edit map" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Redo" })).toBeDisabled();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/^Map$/);

    addAuditor();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Map (edited copy)");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(nodeIds()).not.toContain("auditor");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/^Map$/);
    await user.click(screen.getByRole("button", { name: "Redo" }));
    expect(nodeIds()).toContain("auditor");
  });

  it("undo and redo by keyboard, but leave Ctrl+Z in a text field to the field", async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.click(screen.getByRole("button", { name: "Edit map" }));
    addAuditor();

    await user.click(screen.getByRole("textbox", { name: "Some text field" }));
    await user.keyboard("{Control>}z{/Control}");
    expect(nodeIds()).toContain("auditor");

    act(() => screen.getByRole("textbox", { name: "Some text field" }).blur());
    await user.keyboard("{Control>}z{/Control}");
    expect(nodeIds()).not.toContain("auditor");
    await user.keyboard("{Control>}y{/Control}");
    expect(nodeIds()).toContain("auditor");
    await user.keyboard("{Meta>}z{/Meta}");
    expect(nodeIds()).not.toContain("auditor");
    await user.keyboard("{Meta>}{Shift>}z{/Shift}{/Meta}");
    expect(nodeIds()).toContain("auditor");
  });

  it("leave the keys alone while the tools are hidden", async () => {
    const user = userEvent.setup();
    render(<Editor />);
    addAuditor();
    await user.keyboard("{Control>}z{/Control}");
    expect(nodeIds()).toContain("auditor");
  });
});
