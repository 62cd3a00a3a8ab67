import type { Core } from "cytoscape";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { nodeElementId } from "../elementIds.ts";
import { watchStore } from "../watchStore.ts";
import { routeElements } from "./elements.ts";

/** The drawn route's nodes, paths and two ends; a new route restyles the old and the new route only. */
export function followRoute(cy: Core): () => void {
  return watchStore(
    (state) => ({ route: selectDrawnRoute(state) }),
    (next, previous) =>
      cy.batch(() => {
        routeElements(cy, previous?.route ?? null).removeClass("on-route route-end");
        const route = next.route;
        if (!route) return;
        routeElements(cy, route).addClass("on-route");
        for (const id of [route.nodes[0], route.nodes.at(-1)]) {
          if (id !== undefined) cy.getElementById(nodeElementId(id)).addClass("route-end");
        }
      }),
  );
}
