import type { Core } from "cytoscape";
import { useAppStore } from "../store/appStore.ts";
import { followDimming } from "./highlights/dimming.ts";
import { followFilters } from "./highlights/filters.ts";
import { followHover } from "./highlights/hover.ts";
import { followRoute } from "./highlights/route.ts";
import { followSelection } from "./highlights/selection.ts";
import { followViewport, frameDrawnRoute } from "./highlights/viewport.ts";
import { showInitialView } from "./initialView.ts";

/**
 * Shows the first view, then keeps the map in step with the store and with its container's size. Each
 * concern (hover, selection, route, dimming, filters, viewport) watches its own inputs and restyles only
 * what changed. Returns the function that disconnects it.
 */
export function connectMapToStore(cy: Core): () => void {
  showInitialView(cy);
  const stops = [followFilters, followDimming, followRoute, followSelection, followHover, followViewport].map(
    (follow) => follow(cy),
  );
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
  const disconnect = () => {
    resizes?.disconnect();
    for (const stop of stops) stop();
  };
  // A destroyed instance must not hear the store again, even before React's clean-up runs.
  cy.one("destroy", disconnect);
  return disconnect;
}
