import { useMemo } from "react";
import type { RouteIndex } from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";
import { routeIndexFor } from "../../store/routeAnswers.ts";
import { selectGraph } from "../../store/selectors.ts";

/** The route index of the loaded map (the store's, built once per map); null before a map loads. */
export function useRouteIndex(): RouteIndex | null {
  const graph = useAppStore(selectGraph);
  return useMemo(() => (graph ? routeIndexFor(graph) : null), [graph]);
}
