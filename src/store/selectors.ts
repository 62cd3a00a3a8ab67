import type { CareerNode } from "../domain/careerGraph.ts";
import type { Route } from "../domain/route/types.ts";
import type { AppStore } from "./appStore.ts";

export const selectIndex = (state: AppStore) => state.index;
export const selectGraph = (state: AppStore) => state.index?.graph ?? null;

export const selectSelectedNode = (state: AppStore): CareerNode | null =>
  state.selectedId === null ? null : (state.index?.nodeById.get(state.selectedId) ?? null);

/** The route drawn on the map: the chosen one of the ranked routes, if the question has an answer. */
export const selectDrawnRoute = (state: AppStore): Route | null =>
  state.routeAnswer?.ok ? (state.routeAnswer.routes[state.chosenRoute] ?? null) : null;
