import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { addNode } from "../../src/domain/edit/nodeEdits.ts";
import { SetAsideMaps } from "../../src/features/editor/SetAsideMaps.tsx";
import { useAppStore } from "../../src/store/appStore.ts";
import { makeGraph, makePosition } from "../fixtures/builders.ts";
import { AUDITOR } from "../unit/edit/auditorRole.ts";

const store = () => useAppStore.getState();

/** Edits two maps in turn and opens a third, so that both edited maps are set aside. */
function setTwoAside() {
  act(() => {
    store().loadGraph({ ...makeGraph(), title: "Team ladder" });
    store().editMap((graph) => addNode(graph, AUDITOR));
    store().loadGraph({ ...makeGraph([makePosition("other", "entry")], []), title: "Hospital ladder" });
    store().editMap((graph) => addNode(graph, AUDITOR));
    store().loadGraph(makeGraph());
  });
}

describe("SetAsideMaps", () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it("shows nothing while no map is set aside", () => {
    const { container } = render(<SetAsideMaps />);
    expect(container).toBeEmptyDOMElement();
  });

  it("names each set-aside map and its buttons, and reopens or discards the one asked for", async () => {
    const user = userEvent.setup();
    setTwoAside();
    render(<SetAsideMaps />);
    const region = screen.getByRole("region", { name: "Edited maps set aside" });
    expect(region).toHaveTextContent("Your edits to “Hospital ladder” were not saved");
    expect(region).toHaveTextContent("Your edits to “Team ladder” were not saved");

    await user.click(screen.getByRole("button", { name: "Discard the edits to “Hospital ladder”" }));
    expect(store().setAsideMaps.map((graph) => graph.title)).toStrictEqual(["Team ladder"]);

    await user.click(screen.getByRole("button", { name: "Reopen the edited map “Team ladder”" }));
    expect(store().index?.graph.title).toBe("Team ladder");
    expect(store().index?.nodeById.has("auditor")).toBe(true);
    expect(screen.queryByRole("region", { name: "Edited maps set aside" })).toBeNull();
  });
});
