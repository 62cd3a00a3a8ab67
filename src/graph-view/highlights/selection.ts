import type { Core } from "cytoscape";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { watchStore } from "../watchStore.ts";
import { nodeOf } from "./elements.ts";

/**
 * The selected node and, unless a route is drawn (the route wins), the paths that touch it. A new
 * selection restyles the old and the new neighbourhood only, in one batch.
 */
export function followSelection(cy: Core): () => void {
  return watchStore(
    (state) => ({ id: state.selectedId, withPaths: selectDrawnRoute(state) === null }),
    (next, previous) =>
      cy.batch(() => {
        const old = nodeOf(cy, previous?.id ?? null);
        old.removeClass("selected");
        if (previous?.withPaths) old.connectedEdges().removeClass("neighbour-edge");
        const selected = nodeOf(cy, next.id);
        selected.addClass("selected");
        if (next.withPaths) selected.connectedEdges().addClass("neighbour-edge");
      }),
  );
}
