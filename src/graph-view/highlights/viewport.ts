import type { Core } from "cytoscape";
import { type AppStore, useAppStore } from "../../store/appStore.ts";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { nodeElementId } from "../elementIds.ts";
import { frameNodes, keepInSight } from "../initialView.ts";
import { watchStore } from "../watchStore.ts";
import { MAP_ZOOM } from "../zoom.ts";

/** Brings a newly drawn route into the part of the map no drawer or sheet covers. */
export function frameDrawnRoute(cy: Core, state: AppStore): void {
  const route = selectDrawnRoute(state);
  if (route) frameNodes(cy, route.nodes.map(nodeElementId));
}

/**
 * Moves the view: to a node asked for, to a newly drawn route, or a selected node into sight. A new
 * instance (every edit draws the map anew) frames the drawn route or keeps the selected node in sight, as
 * a large map's first view shows only its entry level and the node just edited or added would be far off.
 */
export function followViewport(cy: Core): () => void {
  return watchStore(
    (state) => ({ focus: state.focus, route: selectDrawnRoute(state), selectedId: state.selectedId }),
    (next, previous) => {
      if (previous === null) {
        if (next.route) frameDrawnRoute(cy, useAppStore.getState());
        else if (next.selectedId !== null) keepInSight(cy, nodeElementId(next.selectedId));
      } else if (next.focus && next.focus !== previous.focus) {
        const node = cy.getElementById(nodeElementId(next.focus.id));
        cy.stop();
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), MAP_ZOOM.focus) }, { duration: 300 });
      } else if (next.route !== previous.route) {
        frameDrawnRoute(cy, useAppStore.getState());
      } else if (next.selectedId !== null && next.selectedId !== previous.selectedId) {
        keepInSight(cy, nodeElementId(next.selectedId));
      }
    },
  );
}
