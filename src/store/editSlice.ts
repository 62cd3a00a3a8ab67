import type { TemporalState } from "zundo";
import type { StoreApi } from "zustand";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { type EditResult, refuse } from "../domain/edit/editResult.ts";
import { buildGraphIndex, type GraphIndex } from "../domain/graphIndex.ts";
import type { AppStore } from "./appStore.ts";
import { answerIfLoaded } from "./routeEngine.ts";

export interface EditState {
  /** Whether the editing controls are shown; the map can be edited only while they are. */
  readonly editing: boolean;
  /** The shown map as last saved to a file ("Save as…"); null when it has not been saved since it loaded. */
  readonly savedMap: CareerGraph | null;
  /**
   * Edited maps that another map replaced before they were saved, most recent first: kept until the person
   * reopens, saves or dismisses them, so that opening a map never throws edits away.
   */
  readonly setAsideMaps: readonly CareerGraph[];
  /** The shown map came back from the set-aside list: an edited copy, though it has no undo history. */
  readonly reopenedEdited: boolean;
}

export interface EditActions {
  toggleEditing(): void;
  /**
   * Applies an edit to the shown map when the file rules accept the result; otherwise changes nothing
   * and returns the reasons. Every accepted edit is one undo step.
   */
  editMap(edit: (graph: CareerGraph) => EditResult): EditResult;
  undoEdit(): void;
  redoEdit(): void;
  /** The shown map was saved to a file as it is now. */
  noteMapSaved(graph: CareerGraph): void;
  /** Shows a set-aside map again (the map shown is set aside in turn if it has unsaved edits). */
  reopenSetAsideMap(graph: CareerGraph): void;
  dismissSetAsideMap(graph: CareerGraph): void;
}

/** The part of the state that undo and redo take back and forth: the edited map, nothing else. */
export type EditedMap = Pick<AppStore, "index">;
export type EditHistory = StoreApi<TemporalState<EditedMap>>;

export const HISTORY_OPTIONS = {
  partialize: (state: AppStore): EditedMap => ({ index: state.index }),
  // Only a new map is a step; selection, hover, filters and the route question change without one.
  equality: (past: EditedMap, current: EditedMap) => past.index === current.index,
  limit: 200,
};

/** The shown map when it has edits that are not in a saved file, else null. */
export function unsavedEditedMap(state: AppStore, history: TemporalState<EditedMap>): CareerGraph | null {
  const graph = state.index?.graph;
  const edited = history.pastStates.length > 0 || state.reopenedEdited;
  return graph && edited && graph !== state.savedMap ? graph : null;
}

/** What follows the map when it changes under the person: selection of a deleted node, the route's answer. */
function followMap(state: AppStore, index: GraphIndex | null): Partial<AppStore> {
  const routeAnswer = answerIfLoaded(index?.graph, state.routeQuestion) ?? null;
  const count = routeAnswer?.ok ? routeAnswer.routes.length : 0;
  return {
    selectedId: state.selectedId !== null && index?.nodeById.has(state.selectedId) ? state.selectedId : null,
    hoveredId: null,
    routeAnswer,
    chosenRoute: Math.min(state.chosenRoute, Math.max(0, count - 1)),
  };
}

export function createEditSlice(
  set: StoreApi<AppStore>["setState"],
  get: StoreApi<AppStore>["getState"],
  history: () => EditHistory,
): EditState & EditActions {
  /** A route asked before the search loaded is answered once it has (routeSlice's askRoute waits for it). */
  const answerLater = () => {
    const { index, routeQuestion, chosenRoute, askRoute } = get();
    if (answerIfLoaded(index?.graph, routeQuestion) === undefined) askRoute(routeQuestion, chosenRoute);
  };
  const step = (move: (temporal: TemporalState<EditedMap>) => void) => {
    move(history().getState());
    // zundo restores the map alone; what depends on it is brought in line without making a step.
    const state = get();
    set(followMap(state, state.index));
    answerLater();
  };
  return {
    editing: false,
    savedMap: null,
    setAsideMaps: [],
    reopenedEdited: false,
    toggleEditing: () => set((state) => ({ editing: !state.editing })),
    editMap: (edit) => {
      const state = get();
      if (!state.index) return refuse("(the map)", "there is no map to edit yet.");
      const result = edit(state.index.graph);
      if (result.ok) {
        const index = buildGraphIndex(result.value);
        set({ index, ...followMap(state, index) });
        answerLater();
      }
      return result;
    },
    undoEdit: () => step((temporal) => temporal.undo()),
    redoEdit: () => step((temporal) => temporal.redo()),
    noteMapSaved: (graph) => {
      if (get().index?.graph === graph) set({ savedMap: graph });
    },
    reopenSetAsideMap: (graph) => {
      if (get().setAsideMaps.includes(graph)) get().loadGraph(graph);
    },
    dismissSetAsideMap: (graph) =>
      set((state) => ({ setAsideMaps: state.setAsideMaps.filter((kept) => kept !== graph) })),
  };
}
