import type { StateCreator } from "zustand";
import { EMPTY_QUESTION, type Objective, type RouteQuestion } from "../domain/route/question.ts";
import type { RouteAnswer } from "../domain/route/types.ts";
import type { AppStore } from "./appStore.ts";
import { answerIfLoaded, loadRouteEngine } from "./routeEngine.ts";

export interface RouteState {
  readonly routeQuestion: RouteQuestion;
  /** The answer once both ends are set; computed by the actions that change the question. */
  readonly routeAnswer: RouteAnswer | null;
  /** Which of the ranked routes is drawn on the map. */
  readonly chosenRoute: number;
  /** Whether the route finder panel is open; kept here so the side panel's buttons can open it. */
  readonly routePanelOpen: boolean;
  /**
   * The route search is a part loaded after the first drawing: a question asked before it arrives waits
   * ("loading"); one it could not be loaded for stands, unanswered, until it is asked again ("failed").
   */
  readonly routeSearch: "idle" | "loading" | "failed";
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
  /** Asks the question again, loading the route search again if it could not be loaded. */
  retryRouteSearch(): void;
}

export const createRouteSlice: StateCreator<AppStore, [], [], RouteState & RouteActions> = (set, get) => {
  const ask = (question: RouteQuestion, chosen = 0) => {
    const routeAnswer = answerIfLoaded(get().index?.graph, question);
    if (routeAnswer === undefined) {
      // The search is still loading: the question and its rank stand, and the answer follows.
      set({ routeQuestion: question, routeAnswer: null, chosenRoute: chosen, routeSearch: "loading" });
      const stillAsked = () => get().routeQuestion === question;
      loadRouteEngine().then(
        () => {
          if (stillAsked()) ask(question, chosen);
        },
        () => {
          if (stillAsked()) set({ routeSearch: "failed" });
        },
      );
      return;
    }
    const count = routeAnswer?.ok ? routeAnswer.routes.length : 0;
    set({
      routeQuestion: question,
      routeAnswer,
      chosenRoute: Math.min(Math.max(0, chosen), Math.max(0, count - 1)),
      routeSearch: "idle",
    });
  };
  const change = (part: Partial<RouteQuestion>) => ask({ ...get().routeQuestion, ...part });
  return {
    routeQuestion: EMPTY_QUESTION,
    routeAnswer: null,
    chosenRoute: 0,
    routePanelOpen: false,
    routeSearch: "idle",
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
        routeSearch: "idle",
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
    retryRouteSearch: () => ask(get().routeQuestion, get().chosenRoute),
  };
};
