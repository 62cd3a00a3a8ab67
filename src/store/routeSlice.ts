import type { StateCreator } from "zustand";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { findRoutes } from "../domain/route/findRoutes.ts";
import { EMPTY_QUESTION, MAX_ROUTES, type Objective, type RouteQuestion } from "../domain/route/question.ts";
import { buildRouteIndex, type RouteIndex } from "../domain/route/routeIndex.ts";
import type { RouteAnswer } from "../domain/route/types.ts";
import type { AppStore } from "./appStore.ts";

export interface RouteState {
  readonly routeQuestion: RouteQuestion;
  /** The answer once both ends are set; computed by the actions that change the question. */
  readonly routeAnswer: RouteAnswer | null;
  /** Which of the ranked routes is drawn on the map. */
  readonly chosenRoute: number;
  /** Whether the route finder panel is open; kept here so the side panel's buttons can open it. */
  readonly routePanelOpen: boolean;
}

export interface RouteActions {
  /** Asks a whole question at once (from the address bar), drawing the route of that rank if there is one. */
  askRoute(question: RouteQuestion, rank?: number): void;
  startFrom(id: string | null): void;
  aimFor(id: string | null): void;
  /** "I'm here": start from this node and show the route finder. */
  planFrom(id: string): void;
  /** "Set as goal": aim for this node and show the route finder. */
  planTo(id: string): void;
  swapRouteEnds(): void;
  holdCredentials(ids: readonly string[]): void;
  goThrough(ids: readonly string[]): void;
  avoidNodes(ids: readonly string[]): void;
  rankRoutesBy(objective: Objective): void;
  honourRequirements(honour: boolean): void;
  chooseRoute(rank: number): void;
  clearRoute(): void;
  openRoutePanel(): void;
  closeRoutePanel(): void;
  /** The header button: closes the finder, or opens it starting from the selected node if nothing is asked yet. */
  toggleRoutePanel(): void;
}

/** Route indexes are built once per graph object; building is cheap but queries come on every keystroke. */
const routeIndexes = new WeakMap<CareerGraph, RouteIndex>();

export function routeIndexFor(graph: CareerGraph): RouteIndex {
  const known = routeIndexes.get(graph);
  if (known) return known;
  const built = buildRouteIndex(graph);
  routeIndexes.set(graph, built);
  return built;
}

export function answerRouteQuestion(
  graph: CareerGraph | undefined,
  question: RouteQuestion,
): RouteAnswer | null {
  const { from, to } = question;
  if (!graph || from === null || to === null) return null;
  return findRoutes(routeIndexFor(graph), { ...question, from, to }, { k: MAX_ROUTES });
}

export const createRouteSlice: StateCreator<AppStore, [], [], RouteState & RouteActions> = (set, get) => {
  const ask = (question: RouteQuestion, chosen = 0) => {
    const routeAnswer = answerRouteQuestion(get().index?.graph, question);
    const count = routeAnswer?.ok ? routeAnswer.routes.length : 0;
    set({
      routeQuestion: question,
      routeAnswer,
      chosenRoute: Math.min(Math.max(0, chosen), Math.max(0, count - 1)),
    });
  };
  const change = (part: Partial<RouteQuestion>) => ask({ ...get().routeQuestion, ...part });
  return {
    routeQuestion: EMPTY_QUESTION,
    routeAnswer: null,
    chosenRoute: 0,
    routePanelOpen: false,
    askRoute: (question, rank) => ask(question, rank),
    startFrom: (from) => change({ from }),
    aimFor: (to) => change({ to }),
    planFrom: (from) => {
      change({ from });
      set({ routePanelOpen: true });
    },
    planTo: (to) => {
      change({ to });
      set({ routePanelOpen: true });
    },
    swapRouteEnds: () => {
      const { from, to } = get().routeQuestion;
      change({ from: to, to: from });
    },
    holdCredentials: (held) => change({ held }),
    goThrough: (via) => change({ via }),
    avoidNodes: (avoid) => change({ avoid }),
    rankRoutesBy: (objective) => change({ objective }),
    honourRequirements: (requirements) => change({ requirements }),
    chooseRoute: (rank) => {
      const routeAnswer = get().routeAnswer;
      if (routeAnswer?.ok && rank >= 0 && rank < routeAnswer.routes.length) set({ chosenRoute: rank });
    },
    clearRoute: () => {
      const { objective, requirements } = get().routeQuestion;
      set({
        routeQuestion: { ...EMPTY_QUESTION, objective, requirements },
        routeAnswer: null,
        chosenRoute: 0,
      });
    },
    openRoutePanel: () => set({ routePanelOpen: true }),
    closeRoutePanel: () => set({ routePanelOpen: false }),
    toggleRoutePanel: () => {
      const { routePanelOpen, routeQuestion, selectedId } = get();
      if (routePanelOpen) {
        set({ routePanelOpen: false });
        return;
      }
      if (routeQuestion.from === null && routeQuestion.to === null && selectedId !== null)
        change({ from: selectedId });
      set({ routePanelOpen: true });
    },
  };
};
