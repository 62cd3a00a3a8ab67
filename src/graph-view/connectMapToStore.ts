import type { Core } from "cytoscape";
import { type AppStore, useAppStore } from "../store/appStore.ts";
import { selectDrawnRoute } from "../store/selectors.ts";
import { ROUTE_PANEL_WIDTH } from "../ui/panelSizes.ts";
import { applyHighlights, type HighlightState } from "./applyHighlights.ts";
import { nodeElementId } from "./elementIds.ts";
import { frameNodes, keepAboveSheet, showInitialView } from "./initialView.ts";
import { MAP_ZOOM } from "./zoom.ts";

function highlightState(state: AppStore): HighlightState {
  return {
    selectedId: state.selectedId,
    hoveredId: state.hoveredId,
    filters: state.filters,
    route: selectDrawnRoute(state),
  };
}

/** Brings a newly drawn route into view beside the route drawer, which covers the map's left on wide screens. */
function frameDrawnRoute(cy: Core, state: AppStore): void {
  const route = selectDrawnRoute(state);
  if (!route) return;
  const covered = state.routePanelOpen && cy.width() > MAP_ZOOM.narrowScreen ? ROUTE_PANEL_WIDTH : 0;
  frameNodes(cy, route.nodes.map(nodeElementId), covered);
}

function follow(cy: Core, state: AppStore, previous: AppStore): void {
  applyHighlights(cy, highlightState(state));
  if (state.focus && state.focus !== previous.focus) {
    const node = cy.getElementById(nodeElementId(state.focus.id));
    cy.stop();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), MAP_ZOOM.focus) }, { duration: 300 });
  } else if (selectDrawnRoute(state) !== selectDrawnRoute(previous)) {
    frameDrawnRoute(cy, state);
  } else if (state.selectedId !== null && state.selectedId !== previous.selectedId) {
    keepAboveSheet(cy, nodeElementId(state.selectedId));
  }
}

/**
 * Shows the first view, then keeps the map in step with the store (highlights, focus, drawn route) and
 * with its container's size. Returns the function that disconnects it.
 */
export function connectMapToStore(cy: Core): () => void {
  showInitialView(cy);
  applyHighlights(cy, highlightState(useAppStore.getState()));
  frameDrawnRoute(cy, useAppStore.getState());
  const container = cy.container();
  // Cytoscape only notices window resizes; panels opening and closing resize the map too.
  const resizes =
    container && typeof ResizeObserver === "function"
      ? new ResizeObserver(() => {
          if (cy.destroyed()) return;
          cy.resize();
          frameDrawnRoute(cy, useAppStore.getState());
        })
      : null;
  if (container) resizes?.observe(container);
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (!cy.destroyed()) follow(cy, state, previous);
  });
  return () => {
    resizes?.disconnect();
    unsubscribe();
  };
}
