import type { Core } from "cytoscape";
import { followDimming } from "./highlights/dimming.ts";
import { followFilters } from "./highlights/filters.ts";
import { followHover } from "./highlights/hover.ts";
import { followRoute } from "./highlights/route.ts";
import { followSelection } from "./highlights/selection.ts";
import { followViewport } from "./highlights/viewport.ts";
import { showInitialView } from "./initialView.ts";
import { keepMapFitted } from "./keepMapFitted.ts";

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
  // Refits when the map's room changes: a resize, a drawer or sheet opening or closing over it.
  const stopFitting = keepMapFitted(cy);
  const disconnect = () => {
    stopFitting();
    for (const stop of stops) stop();
  };
  // A destroyed instance must not hear the store again, even before React's clean-up runs.
  cy.one("destroy", disconnect);
  return disconnect;
}
