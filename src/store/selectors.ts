import type { CareerNode } from "../domain/careerGraph.ts";
import type { AppStore } from "./appStore.ts";

export const selectIndex = (state: AppStore) => state.index;
export const selectGraph = (state: AppStore) => state.index?.graph ?? null;

export const selectSelectedNode = (state: AppStore): CareerNode | null =>
  state.selectedId === null ? null : (state.index?.nodeById.get(state.selectedId) ?? null);

/** The route drawn on the map: none until the route finder lands a chosen route. */
export const selectDrawnRoute = (_state: AppStore): { nodes: readonly string[]; edges: readonly string[] } | null =>
  null;
