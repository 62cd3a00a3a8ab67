import type { Core } from "cytoscape";
import { LARGE_MAP_NODES } from "../../domain/mapScale.ts";
import { careerNodeId } from "../elementIds.ts";

export function careerNodeCount(cy: Core): number {
  return cy.nodes().filter((node) => careerNodeId(node.id()) !== null).length;
}

/** Whether the drawn map is large (src/domain/mapScale.ts): no dimming there. */
export function isLargeMap(cy: Core): boolean {
  return careerNodeCount(cy) > LARGE_MAP_NODES;
}
