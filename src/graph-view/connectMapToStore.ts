import type { Core } from "cytoscape";
import type { ExportLooks } from "./export/exportLooks.ts";
import { followDimming } from "./highlights/dimming.ts";
import { followFilters } from "./highlights/filters.ts";
import { followHover } from "./highlights/hover.ts";
import { isLargeMap } from "./highlights/mapScale.ts";
import { followRoute } from "./highlights/route.ts";
import { followSelection } from "./highlights/selection.ts";
import { followViewport } from "./highlights/viewport.ts";
import { keepMapFitted } from "./keepMapFitted.ts";

/**
 * Keeps the map (already at its first view) in step with the store and with its container's size. Each
 * concern (hover, selection, route, dimming, filters, viewport) watches its own inputs and restyles only
 * what changed; on large maps hover and selection are drawn on the highlight overlay instead, so that they
 * restyle nothing (docs/decisions/0020-highlight-overlay.md). Returns the function that disconnects it.
 */
export function connectMapToStore(cy: Core, looks: ExportLooks, headless: boolean): () => void {
  const large = isLargeMap(cy);
  const follows = large
    ? [followFilters, followRoute, followViewport]
    : [followFilters, followDimming, followRoute, followSelection, followHover, followViewport];
  const stops = follows.map((follow) => follow(cy));
  const container = cy.container();
  if (large && !headless && container) stops.push(loadHighlightOverlay(cy, looks, container));
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

/**
 * Only large maps draw the highlight overlay, so its code (shared with the exporter) is loaded when one is
 * shown rather than with the first view. Returns the function that removes it, loaded or not.
 */
function loadHighlightOverlay(cy: Core, looks: ExportLooks, container: HTMLElement): () => void {
  let remove: (() => void) | null = null;
  let removed = false;
  void import("./overlay/highlightOverlay.ts").then(({ showHighlightOverlay }) => {
    if (!removed && !cy.destroyed()) remove = showHighlightOverlay(cy, looks, container);
  });
  return () => {
    removed = true;
    remove?.();
  };
}
