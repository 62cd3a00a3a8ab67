import type { CollectionReturnValue, Core } from "cytoscape";
import type { Route } from "../../domain/route/types.ts";
import { edgeElementId, nodeElementId } from "../elementIds.ts";

/** A node element by career id, as a collection (empty when the id is not drawn). */
export function nodeOf(cy: Core, id: string | null): CollectionReturnValue {
  return id === null ? cy.collection() : cy.getElementById(nodeElementId(id));
}

/** The nodes and edges of a drawn route. */
export function routeElements(cy: Core, route: Route | null): CollectionReturnValue {
  if (!route) return cy.collection();
  let elements = cy.collection();
  for (const id of route.nodes) elements = elements.union(cy.getElementById(nodeElementId(id)));
  for (const id of route.edges) elements = elements.union(cy.getElementById(edgeElementId(id)));
  return elements;
}

/** What stays in full colour while something is in focus: the route if one is drawn, else the selection's neighbourhood. */
export function focusedElements(
  cy: Core,
  selectedId: string | null,
  route: Route | null,
): CollectionReturnValue | null {
  if (route && route.nodes.length > 0) return routeElements(cy, route);
  const selected = nodeOf(cy, selectedId);
  return selected.nonempty() ? selected.closedNeighborhood() : null;
}
