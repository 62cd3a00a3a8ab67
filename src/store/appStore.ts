import { temporal } from "zundo";
import { create, type Mutate, type StateCreator, type StoreApi, type UseBoundStore } from "zustand";
import type { CareerGraph, NodeKind } from "../domain/careerGraph.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { EMPTY_QUESTION } from "../domain/route/question.ts";
import type { VisibilityFilters } from "../domain/visibility.ts";
import {
  createEditSlice,
  type EditActions,
  type EditHistory,
  type EditState,
  HISTORY_OPTIONS,
  unsavedEditedMap,
} from "./editSlice.ts";
import { graphIndexFor } from "./graphIndexes.ts";
import { createLinkSlice, type LinkActions, type LinkState } from "./linkSlice.ts";
import { createPlanSlice, type PlanActions, type PlanState } from "./planSlice.ts";
import { createRouteSlice, type RouteActions, type RouteState } from "./routeSlice.ts";
import { createThemeSlice, type ThemeActions, type ThemeState } from "./themeSlice.ts";

/** Which parts of the map are hidden. Sets are replaced, never mutated, so subscribers see the change. */
export type Filters = VisibilityFilters;

/** A request to bring a node into view; the counter makes a repeated request for the same node count. */
export interface FocusRequest {
  readonly id: string;
  readonly serial: number;
}

export interface AppState {
  /** The loaded career map with its lookups; null until the first map is loaded. */
  readonly index: GraphIndex | null;
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  readonly filters: Filters;
  readonly focus: FocusRequest | null;
  /** How many maps have been loaded; edits of the loaded map do not count, so a new map can be told from an edit. */
  readonly mapLoads: number;
}

export interface AppActions {
  /** Swaps in a validated graph in one step, dropping selection and hover that belonged to the old one. */
  loadGraph(graph: CareerGraph): void;
  selectNode(id: string): void;
  clearSelection(): void;
  hoverNode(id: string | null): void;
  /** Selects a node and asks the map to bring it into view. */
  focusNode(id: string): void;
  toggleKind(kind: NodeKind): void;
  toggleLevel(levelId: string): void;
  toggleIssuer(issuerId: string): void;
  showEverything(): void;
}

export type AppStore = AppState &
  AppActions &
  RouteState &
  RouteActions &
  EditState &
  EditActions &
  PlanState &
  PlanActions &
  LinkState &
  LinkActions &
  ThemeState &
  ThemeActions;

const NO_FILTERS: Filters = { hiddenKinds: new Set(), hiddenLevels: new Set(), hiddenIssuers: new Set() };

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/** Everything but the undo history, which zundo adds around it. */
const createAppState: StateCreator<AppStore, [["temporal", unknown]]> = (set, get, store) => ({
  ...createRouteSlice(set, get, store),
  ...createEditSlice(set, get, () => useAppStore.temporal),
  ...createPlanSlice(set, get, store),
  ...createLinkSlice(set, get, store),
  ...createThemeSlice(set),
  index: null,
  selectedId: null,
  hoveredId: null,
  filters: NO_FILTERS,
  focus: null,
  mapLoads: 0,

  loadGraph: (graph) => {
    // An edited map that was not saved is set aside, not thrown away; one reopened leaves the list.
    const leaving = unsavedEditedMap(get(), useAppStore.temporal.getState());
    const setAside = get().setAsideMaps.filter((kept) => kept !== graph);
    set({
      setAsideMaps: leaving && leaving !== graph ? [leaving, ...setAside] : setAside,
      savedMap: null,
      reopenedEdited: get().setAsideMaps.includes(graph),
      index: graphIndexFor(graph),
      selectedId: null,
      hoveredId: null,
      filters: NO_FILTERS,
      focus: null,
      mapLoads: get().mapLoads + 1,
      routeQuestion: EMPTY_QUESTION,
      routeAnswer: null,
      chosenRoute: 0,
      routeSearch: "idle",
    });
    // A newly loaded map starts its own history: undo never brings back the map that was replaced.
    useAppStore.temporal.getState().clear();
  },
  selectNode: (id) => {
    if (get().index?.nodeById.has(id)) set({ selectedId: id });
  },
  clearSelection: () => set({ selectedId: null }),
  hoverNode: (id) => set({ hoveredId: id }),
  focusNode: (id) => {
    if (!get().index?.nodeById.has(id)) return;
    set((state) => ({ selectedId: id, focus: { id, serial: (state.focus?.serial ?? 0) + 1 } }));
  },
  toggleKind: (kind) =>
    set((s) => ({ filters: { ...s.filters, hiddenKinds: toggled(s.filters.hiddenKinds, kind) } })),
  toggleLevel: (levelId) =>
    set((s) => ({ filters: { ...s.filters, hiddenLevels: toggled(s.filters.hiddenLevels, levelId) } })),
  toggleIssuer: (issuerId) =>
    set((s) => ({ filters: { ...s.filters, hiddenIssuers: toggled(s.filters.hiddenIssuers, issuerId) } })),
  showEverything: () => set({ filters: NO_FILTERS }),
});

/**
 * The one store. zundo keeps the undo history of the edited map beside it, as `useAppStore.temporal`
 * (docs/decisions/0011-editing-with-zundo-undo.md).
 */
export const useAppStore: UseBoundStore<Mutate<StoreApi<AppStore>, [["temporal", EditHistory]]>> =
  create<AppStore>()(temporal(createAppState, HISTORY_OPTIONS));
