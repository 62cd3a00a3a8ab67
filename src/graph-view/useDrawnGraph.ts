import { useEffect, useReducer, useRef } from "react";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { isLargeGraph } from "../domain/mapScale.ts";
import { nextTurn } from "../ui/nextTurn.ts";
import { drawsSameMap } from "./drawsSameMap.ts";
import { layOutElsewhere } from "./layOutElsewhere.ts";
import { mapElementsFor } from "./mapElements.ts";
import { hasLayout, rememberLayout } from "./placeCareerMap.ts";

/** Graphs the worker could not lay out: the page lays them out itself, as before there was a worker. */
const layOutHere = new WeakSet<CareerGraph>();

/**
 * The graph the map view draws: kept through edits that change nothing drawn (drawsSameMap.ts). A big graph
 * with no layout yet (an edited map; opening lays out in a worker of its own) is laid out in a worker,
 * and the map drawn before stays until the layout has come and the map's elements are made, each in a
 * task of its own. Laid out on the page, one edit of a 20,000-node map held it for 613 ms
 * (docs/decisions/0021-opening-big-maps-in-slices.md). `layingOut` is true while the map shown waits for
 * the graph's. The first graph is drawn at once, as there is nothing to show meanwhile.
 */
export function useDrawnGraph(
  graph: CareerGraph,
  layOut = layOutElsewhere,
): { readonly drawn: CareerGraph; readonly layingOut: boolean } {
  const drawnRef = useRef(graph);
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const changed = !drawsSameMap(drawnRef.current, graph);
  const waits = changed && isLargeGraph(graph) && !hasLayout(graph) && !layOutHere.has(graph);
  if (changed && !waits) drawnRef.current = graph;

  useEffect(() => {
    if (!waits) return;
    let wanted = true;
    void layOut(graph).then(async (layout) => {
      if (layout) rememberLayout(graph, layout);
      else layOutHere.add(graph);
      await nextTurn();
      if (!wanted) return;
      if (layout) mapElementsFor(graph, layout);
      await nextTurn();
      if (wanted) arrived();
    });
    return () => {
      wanted = false;
    };
  }, [graph, waits, layOut]);

  return { drawn: drawnRef.current, layingOut: waits };
}
