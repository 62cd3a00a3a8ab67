import { useMemo } from "react";
import {
  buildRouteIndex,
  explainRoute,
  type RouteExplanation,
  summarizeRoute,
} from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectDrawnRoute, selectGraph } from "../../store/selectors.ts";

export interface DrawnRouteInfo {
  /** "Medical Records Clerk → Coding Director: 6 steps, 2 credentials". */
  readonly summary: string;
  readonly explanation: RouteExplanation;
}

/** The route drawn on the map, explained step by step and summed up in one line; null when none is drawn. */
export function useDrawnRouteInfo(): DrawnRouteInfo | null {
  const graph = useAppStore(selectGraph);
  const route = useAppStore(selectDrawnRoute);
  const index = useMemo(() => (graph ? buildRouteIndex(graph) : null), [graph]);
  return useMemo(() => {
    if (!index || !route) return null;
    try {
      return { summary: summarizeRoute(index, route), explanation: explainRoute(index, route) };
    } catch {
      // A route left over from another map does not belong to this one: nothing to describe.
      return null;
    }
  }, [index, route]);
}
