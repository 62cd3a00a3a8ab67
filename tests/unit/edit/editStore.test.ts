import { beforeEach, describe, expect, it } from "vitest";
import { addNode, deleteNode, moveNode } from "../../../src/domain/edit/nodeEdits.ts";
import { EMPTY_QUESTION } from "../../../src/domain/route/question.ts";
import { useAppStore } from "../../../src/store/appStore.ts";
import { makeGraph } from "../../fixtures/builders.ts";
import { AUDITOR } from "./auditorRole.ts";

const nodeIds = () => useAppStore.getState().index?.graph.nodes.map((node) => node.id);
const history = () => useAppStore.temporal.getState();

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().loadGraph(makeGraph());
});

describe("editing the map in the store", () => {
  it("starts a loaded map with an empty history", () => {
    expect(history().pastStates).toEqual([]);
    expect(history().futureStates).toEqual([]);
  });

  it("makes each accepted edit one undo step, and undo and redo move the map between them", () => {
    const loaded = useAppStore.getState().index;
    useAppStore.getState().editMap((graph) => addNode(graph, AUDITOR));
    useAppStore.getState().editMap((graph) => moveNode(graph, "auditor", "master"));
    expect(history().pastStates).toHaveLength(2);

    useAppStore.getState().undoEdit();
    expect(useAppStore.getState().index?.nodeById.get("auditor")?.level).toBe("advanced");
    useAppStore.getState().undoEdit();
    expect(useAppStore.getState().index).toBe(loaded);
    useAppStore.getState().redoEdit();
    expect(nodeIds()).toContain("auditor");
    expect(history().futureStates).toHaveLength(1);
  });

  it("records no step for selection, hover or filters", () => {
    useAppStore.getState().selectNode("clerk");
    useAppStore.getState().hoverNode("coder");
    useAppStore.getState().toggleKind("credential");
    useAppStore.getState().toggleEditing();
    expect(history().pastStates).toEqual([]);
  });

  it("leaves everything as it was when an edit is refused", () => {
    useAppStore.getState().selectNode("clerk");
    const before = useAppStore.getState();
    const result = useAppStore.getState().editMap((graph) => addNode(graph, { ...AUDITOR, id: "coder" }));
    expect(result.ok).toBe(false);
    expect(useAppStore.getState()).toBe(before);
    expect(history().pastStates).toEqual([]);
  });

  it("drops the selection of a deleted node and brings it back with undo only as the map", () => {
    useAppStore.getState().selectNode("coder");
    useAppStore.getState().editMap((graph) => deleteNode(graph, "coder"));
    expect(useAppStore.getState().selectedId).toBeNull();
    useAppStore.getState().undoEdit();
    expect(nodeIds()).toContain("coder");
    expect(useAppStore.getState().selectedId).toBeNull();
  });

  it("re-answers the route question after an edit, so a deleted step is not drawn", () => {
    useAppStore.getState().askRoute({ ...EMPTY_QUESTION, from: "clerk", to: "coder" });
    expect(useAppStore.getState().routeAnswer?.ok).toBe(true);
    useAppStore.getState().editMap((graph) => deleteNode(graph, "coder"));
    expect(useAppStore.getState().routeAnswer?.ok).toBe(false);
    useAppStore.getState().undoEdit();
    expect(useAppStore.getState().routeAnswer?.ok).toBe(true);
  });

  it("forgets the history when another map is opened", () => {
    useAppStore.getState().editMap((graph) => addNode(graph, AUDITOR));
    useAppStore.getState().loadGraph(makeGraph());
    expect(history().pastStates).toEqual([]);
    useAppStore.getState().undoEdit();
    expect(nodeIds()).not.toContain("auditor");
  });
});
