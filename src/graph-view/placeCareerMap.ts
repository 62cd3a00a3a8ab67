import type { CareerGraph } from "../domain/careerGraph.ts";
import { layoutCareerMap } from "../domain/layout/layoutCareerMap.ts";
import type { CareerLayout } from "../domain/layout/types.ts";

/** The ladder layout for a graph, computed once per graph object and shared by the view and exports. */
const cache = new WeakMap<CareerGraph, CareerLayout>();

export function placeCareerMap(graph: CareerGraph): CareerLayout {
  const known = cache.get(graph);
  if (known) return known;
  const layout = layoutCareerMap(graph);
  cache.set(graph, layout);
  return layout;
}
