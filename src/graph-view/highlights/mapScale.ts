import type { Core } from "cytoscape";
import { careerNodeId } from "../elementIds.ts";

/**
 * Past this many nodes a selection or a route no longer dims the rest of the map: dimming restyles every
 * element (20,000 on a 5,000-node map, seconds of work), so the neighbourhood or route stands out by its own
 * colour instead, and only the elements whose state changes are touched
 * (docs/decisions/0014-large-maps.md).
 */
export const LARGE_MAP_NODES = 1_000;

export function careerNodeCount(cy: Core): number {
  return cy.nodes().filter((node) => careerNodeId(node.id()) !== null).length;
}

export function isLargeMap(cy: Core): boolean {
  return careerNodeCount(cy) > LARGE_MAP_NODES;
}
