import { useMemo } from "react";
import { explainRoute, type RouteExplanation, summarizeRoute } from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";
import { routeIndexFor } from "../../store/routeAnswers.ts";
import { selectDrawnRoute, selectGraph } from "../../store/selectors.ts";

export interface DrawnRouteInfo {
  /** "Medical Records Clerk → Coding Director: 6 steps, 2 credentials". */
  readonly summary: string;
  readonly explanation: RouteExplanation;
  /** Whether the route honours requirements (a plan without them says so). */
  readonly honoured: boolean;
}

/** The route drawn on the map, explained step by step and summed up in one line; null when none is drawn. */
export function useDrawnRouteInfo(): DrawnRouteInfo | null {
  const graph = useAppStore(selectGraph);
  const route = useAppStore(selectDrawnRoute);
  const held = useAppStore((state) => state.routeQuestion.held);
  const honoured = useAppStore((state) => state.routeAnswer?.ok === true && state.routeAnswer.requirements);
  return useMemo(() => {
    if (!graph || !route) return null;
    try {
      const explanation = explainRoute(routeIndexFor(graph), route, held, honoured);
      return { summary: summarizeRoute(explanation), explanation, honoured };
    } catch {
      // A route left over from another map does not belong to this one: nothing to describe.
      return null;
    }
  }, [graph, route, held, honoured]);
}
