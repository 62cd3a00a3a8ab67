import type { StateCreator } from "zustand";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { findRoutes } from "../domain/route/findRoutes.ts";
import { buildRouteIndex, type RouteIndex } from "../domain/route/routeIndex.ts";
import { MAX_ROUTES, type RouteAnswer, type RouteQuery } from "../domain/route/types.ts";
import type { AppStore } from "./appStore.ts";

/** The route question as the person poses it; `from` and `to` may be empty while they fill it in. */
export interface RouteDraft {
  readonly from: string | null;
  readonly to: string | null;
  readonly held: readonly string[];
  readonly via: readonly string[];
  readonly avoid: readonly string[];
}

export interface RouteState {
  readonly routeDraft: RouteDraft;
  /** The answer to the draft once both ends are set; computed by the actions that change the draft. */
  readonly routeAnswer: RouteAnswer | null;
  /** Which of the ranked routes is drawn on the map. */
  readonly chosenRoute: number;
  /** Whether the route finder panel is open; kept here so the side panel's buttons can open it. */
  readonly routePanelOpen: boolean;
}

export interface RouteActions {
  /** Replaces the whole question (from the form or from the address bar) and answers it. */
  setRouteDraft(draft: RouteDraft, chosen?: number): void;
  setRouteStart(id: string | null): void;
  setRouteGoal(id: string | null): void;
  swapRouteEnds(): void;
  chooseRoute(rank: number): void;
  clearRoute(): void;
  openRoutePanel(): void;
  closeRoutePanel(): void;
}

export const EMPTY_ROUTE_DRAFT: RouteDraft = { from: null, to: null, held: [], via: [], avoid: [] };

/** Route indexes are built once per graph object; building is cheap but queries come on every keystroke. */
const routeIndexes = new WeakMap<CareerGraph, RouteIndex>();

function routeIndexFor(graph: CareerGraph): RouteIndex {
  const known = routeIndexes.get(graph);
  if (known) return known;
  const built = buildRouteIndex(graph);
  routeIndexes.set(graph, built);
  return built;
}

export function answerRouteDraft(graph: CareerGraph | undefined, draft: RouteDraft): RouteAnswer | null {
  if (!graph || draft.from === null || draft.to === null) return null;
  const query: RouteQuery = { ...draft, from: draft.from, to: draft.to, k: MAX_ROUTES };
  return findRoutes(routeIndexFor(graph), query);
}

export const createRouteSlice: StateCreator<AppStore, [], [], RouteState & RouteActions> = (set, get) => {
  const answer = (draft: RouteDraft, chosen = 0) => {
    const routeAnswer = answerRouteDraft(get().index?.graph, draft);
    const count = routeAnswer?.ok ? routeAnswer.routes.length : 0;
    set({
      routeDraft: draft,
      routeAnswer,
      chosenRoute: Math.min(Math.max(0, chosen), Math.max(0, count - 1)),
    });
  };
  return {
    routeDraft: EMPTY_ROUTE_DRAFT,
    routeAnswer: null,
    chosenRoute: 0,
    routePanelOpen: false,
    setRouteDraft: (draft, chosen) => answer(draft, chosen),
    setRouteStart: (id) => answer({ ...get().routeDraft, from: id }),
    setRouteGoal: (id) => answer({ ...get().routeDraft, to: id }),
    swapRouteEnds: () => {
      const { from, to } = get().routeDraft;
      answer({ ...get().routeDraft, from: to, to: from });
    },
    chooseRoute: (rank) => {
      const routeAnswer = get().routeAnswer;
      if (routeAnswer?.ok && rank >= 0 && rank < routeAnswer.routes.length) set({ chosenRoute: rank });
    },
    clearRoute: () => set({ routeDraft: EMPTY_ROUTE_DRAFT, routeAnswer: null, chosenRoute: 0 }),
    openRoutePanel: () => set({ routePanelOpen: true }),
    closeRoutePanel: () => set({ routePanelOpen: false }),
  };
};
