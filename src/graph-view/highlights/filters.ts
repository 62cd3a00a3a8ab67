import type { Core, NodeSingular } from "cytoscape";
import type { Route } from "../../domain/route/types.ts";
import { isNodeVisible, type VisibilityFilters } from "../../domain/visibility.ts";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { careerNodeId } from "../elementIds.ts";
import type { NodeElementData } from "../toElements.ts";
import { watchStore } from "../watchStore.ts";
import { nodeOf, routeElements } from "./elements.ts";

interface FilterInputs {
  readonly filters: VisibilityFilters;
  readonly selectedId: string | null;
  readonly route: Route | null;
}

const noneHidden = (filters: VisibilityFilters) =>
  filters.hiddenKinds.size + filters.hiddenLevels.size + filters.hiddenIssuers.size === 0;

/**
 * Hides the nodes the filters leave out; the selected node and the drawn route stay shown. Only nodes get
 * the class: Cytoscape hides a path with either end hidden, and restyling the paths too made a filter
 * change on a 5,000-node map a third slower (decision 0014, addendum). A change of filters looks at every
 * node; a change of selection or route only at the nodes it concerns, and with no filters set at nothing.
 */
export function followFilters(cy: Core): () => void {
  const careerNodes = () => cy.nodes().filter((node) => careerNodeId(node.id()) !== null);
  return watchStore(
    (state): FilterInputs => ({
      filters: state.filters,
      selectedId: state.selectedId,
      route: selectDrawnRoute(state),
    }),
    (next, previous) => {
      if (previous && noneHidden(next.filters) && noneHidden(previous.filters)) return;
      const kept = nodeOf(cy, next.selectedId).union(routeElements(cy, next.route).nodes());
      const candidates =
        previous === null || previous.filters !== next.filters
          ? careerNodes()
          : kept.union(nodeOf(cy, previous.selectedId)).union(routeElements(cy, previous.route).nodes());
      // Gathered by one filter: a union per node copies the growing set each time.
      const changed = candidates.filter(
        (node: NodeSingular) =>
          node.hasClass("filtered-out") ===
          (kept.has(node) || isNodeVisible(node.data() as NodeElementData, next.filters)),
      );
      cy.batch(() => {
        changed.forEach((node: NodeSingular) => {
          node.toggleClass("filtered-out", !node.hasClass("filtered-out"));
        });
      });
    },
  );
}
