import type { CareerGraph } from "./careerGraph.ts";

/**
 * Past this many nodes a selection or a route no longer dims the rest of the map: dimming restyles every
 * element (20,000 on a 5,000-node map, seconds of work), so the neighbourhood or route stands out by its own
 * colour instead, and only the elements whose state changes are touched
 * (docs/decisions/0014-large-maps.md).
 */
export const LARGE_MAP_NODES = 1_000;

/** Whether a map is drawn as a large map: no dimming, no transitions, labels hidden when small. */
export function isLargeGraph(graph: CareerGraph): boolean {
  return graph.nodes.length > LARGE_MAP_NODES;
}
