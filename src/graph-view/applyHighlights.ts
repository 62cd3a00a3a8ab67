import type { Core, NodeSingular } from "cytoscape";
import { isNodeVisible, type VisibilityFilters } from "../domain/visibility.ts";
import { careerNodeId, edgeElementId, nodeElementId } from "./elementIds.ts";
import type { NodeElementData } from "./toElements.ts";

export interface HighlightState {
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  readonly filters: VisibilityFilters;
  /** The drawn route, if any: its nodes and edges in order. */
  readonly route: { readonly nodes: readonly string[]; readonly edges: readonly string[] } | null;
}

const HIGHLIGHT_CLASSES = "selected hovered dimmed on-route route-end neighbour-edge filtered-out";

/**
 * Pushes selection, hover, route and filters into Cytoscape as classes in one batch. A drawn route wins
 * over the selection's neighbourhood; filters hide nodes and every edge that touches a hidden node.
 */
export function applyHighlights(cy: Core, state: HighlightState): void {
  cy.batch(() => {
    const careerNodes = cy.nodes().filter((node) => careerNodeId(node.id()) !== null);
    careerNodes.removeClass(HIGHLIGHT_CLASSES);
    cy.edges().removeClass(HIGHLIGHT_CLASSES);

    careerNodes.forEach((node: NodeSingular) => {
      if (!isNodeVisible(node.data() as NodeElementData, state.filters)) node.addClass("filtered-out");
    });

    const route = state.route;
    if (route && route.nodes.length > 0) {
      careerNodes.addClass("dimmed");
      cy.edges().addClass("dimmed");
      for (const id of route.nodes)
        cy.getElementById(nodeElementId(id)).removeClass("dimmed filtered-out").addClass("on-route");
      for (const id of route.edges)
        cy.getElementById(edgeElementId(id)).removeClass("dimmed filtered-out").addClass("on-route");
      const ends = [route.nodes[0], route.nodes.at(-1)];
      for (const id of ends) if (id !== undefined) cy.getElementById(nodeElementId(id)).addClass("route-end");
    } else if (state.selectedId !== null) {
      const selected = cy.getElementById(nodeElementId(state.selectedId));
      if (selected.nonempty()) {
        const neighbourhood = selected.closedNeighborhood();
        careerNodes.difference(neighbourhood).addClass("dimmed");
        cy.edges().difference(neighbourhood).addClass("dimmed");
        selected.connectedEdges().addClass("neighbour-edge");
      }
    }
    if (state.selectedId !== null) {
      cy.getElementById(nodeElementId(state.selectedId)).removeClass("filtered-out").addClass("selected");
    }
    if (state.hoveredId !== null) cy.getElementById(nodeElementId(state.hoveredId)).addClass("hovered");

    cy.nodes(".filtered-out").connectedEdges().addClass("filtered-out");
  });
}
