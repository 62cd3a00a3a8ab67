import { useMemo } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import { buildRouteIndex, type RouteIndex } from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";

// Cards, steps and the live region each explain routes; one index per graph serves them all.
const indexes = new WeakMap<CareerGraph, RouteIndex>();

function routeIndexOf(graph: CareerGraph): RouteIndex {
  const known = indexes.get(graph);
  if (known) return known;
  const built = buildRouteIndex(graph);
  indexes.set(graph, built);
  return built;
}

/** The route index of the loaded map, for explaining the routes the store found; null before a map loads. */
export function useRouteIndex(): RouteIndex | null {
  const graph = useAppStore(selectGraph);
  return useMemo(() => (graph ? routeIndexOf(graph) : null), [graph]);
}
