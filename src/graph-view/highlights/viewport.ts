import type { Core } from "cytoscape";
import { type AppStore, useAppStore } from "../../store/appStore.ts";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { ROUTE_PANEL_WIDTH } from "../../ui/panelSizes.ts";
import { nodeElementId } from "../elementIds.ts";
import { frameNodes, keepAboveSheet } from "../initialView.ts";
import { watchStore } from "../watchStore.ts";
import { MAP_ZOOM } from "../zoom.ts";

/** Brings a newly drawn route into view beside the route drawer, which covers the map's left on wide screens. */
export function frameDrawnRoute(cy: Core, state: AppStore): void {
  const route = selectDrawnRoute(state);
  if (!route) return;
  const covered = state.routePanelOpen && cy.width() > MAP_ZOOM.narrowScreen ? ROUTE_PANEL_WIDTH : 0;
  frameNodes(cy, route.nodes.map(nodeElementId), covered);
}

/** Moves the view: to a node asked for, to a newly drawn route, or above the phone sheet for a selection. */
export function followViewport(cy: Core): () => void {
  return watchStore(
    (state) => ({ focus: state.focus, route: selectDrawnRoute(state), selectedId: state.selectedId }),
    (next, previous) => {
      if (previous === null) {
        frameDrawnRoute(cy, useAppStore.getState());
      } else if (next.focus && next.focus !== previous.focus) {
        const node = cy.getElementById(nodeElementId(next.focus.id));
        cy.stop();
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), MAP_ZOOM.focus) }, { duration: 300 });
      } else if (next.route !== previous.route) {
        frameDrawnRoute(cy, useAppStore.getState());
      } else if (next.selectedId !== null && next.selectedId !== previous.selectedId) {
        keepAboveSheet(cy, nodeElementId(next.selectedId));
      }
    },
  );
}
