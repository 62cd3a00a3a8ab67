import { beforeEach, describe, expect, it } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { addNode } from "../../../src/domain/edit/nodeEdits.ts";
import { useAppStore } from "../../../src/store/appStore.ts";
import { unsavedEditedMap } from "../../../src/store/editSlice.ts";
import { makeGraph, makePosition } from "../../fixtures/builders.ts";
import { AUDITOR } from "./auditorRole.ts";

/** Opening another map never throws unsaved edits away: the edited map is set aside (decision 0011). */

const store = () => useAppStore.getState();
const shown = () => store().index?.graph as CareerGraph;
const unsaved = () => unsavedEditedMap(store(), useAppStore.temporal.getState());
const other = makeGraph([makePosition("other", "entry")], []);

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  store().loadGraph(makeGraph());
});

describe("edited maps set aside", () => {
  it("sets an edited, unsaved map aside when another map opens", () => {
    store().editMap((graph) => addNode(graph, AUDITOR));
    const edited = shown();
    expect(unsaved()).toBe(edited);
    store().loadGraph(other);
    expect(store().setAsideMaps).toStrictEqual([edited]);
    expect(unsaved()).toBeNull();
  });

  it("sets nothing aside for a map without edits, or one saved as it is", () => {
    store().loadGraph(other);
    expect(store().setAsideMaps).toStrictEqual([]);
    store().editMap((graph) => addNode(graph, { ...AUDITOR, level: "entry" }));
    store().noteMapSaved(shown());
    expect(unsaved()).toBeNull();
    store().loadGraph(makeGraph());
    expect(store().setAsideMaps).toStrictEqual([]);
  });

  it("counts edits made after the last save", () => {
    store().editMap((graph) => addNode(graph, AUDITOR));
    store().noteMapSaved(shown());
    store().editMap((graph) => addNode(graph, { ...AUDITOR, id: "lead", label: "Lead" }));
    expect(unsaved()).toBe(shown());
  });

  it("reopens a set-aside map as an edited copy, which is set aside again if replaced unsaved", () => {
    store().editMap((graph) => addNode(graph, AUDITOR));
    const edited = shown();
    store().loadGraph(other);
    store().reopenSetAsideMap(edited);
    expect(shown()).toBe(edited);
    expect(store().setAsideMaps).toStrictEqual([]);
    expect(store().reopenedEdited).toBe(true);
    expect(unsaved()).toBe(edited);
    store().loadGraph(other);
    expect(store().setAsideMaps).toStrictEqual([edited]);
  });

  it("keeps every set-aside map, most recent first, until each is dismissed", () => {
    store().editMap((graph) => addNode(graph, AUDITOR));
    const first = shown();
    store().loadGraph(other);
    store().editMap((graph) => addNode(graph, { ...AUDITOR, level: "entry" }));
    const second = shown();
    store().loadGraph(makeGraph());
    expect(store().setAsideMaps).toStrictEqual([second, first]);
    store().dismissSetAsideMap(second);
    expect(store().setAsideMaps).toStrictEqual([first]);
  });
});
