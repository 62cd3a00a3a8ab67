import type { Core } from "cytoscape";
import { markViewSetByPerson } from "./keptView.ts";
import { MAP_ZOOM } from "./zoom.ts";

function zoomBy(cy: Core, factor: number): void {
  markViewSetByPerson(cy);
  const level = Math.min(MAP_ZOOM.max, Math.max(MAP_ZOOM.min, cy.zoom() * factor));
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    { duration: 150 },
  );
}

/**
 * Buttons for zooming without a wheel or a pinch; there, disabled, before the map is drawn, so the strip
 * under the map has the same shape before and after.
 */
export function ZoomControls({ cy }: { readonly cy: Core | null }) {
  return (
    <fieldset className="zoom-controls" disabled={cy === null}>
      <legend className="visually-hidden">Zoom</legend>
      <button
        type="button"
        onClick={() => cy && zoomBy(cy, MAP_ZOOM.step)}
        aria-label="Zoom in"
        title="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => cy && zoomBy(cy, 1 / MAP_ZOOM.step)}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      <button
        type="button"
        onClick={() => {
          if (!cy) return;
          markViewSetByPerson(cy);
          cy.animate({ fit: { eles: cy.elements(), padding: MAP_ZOOM.fitPadding } }, { duration: 200 });
        }}
        aria-label="Fit the whole map"
        title="Fit the whole map"
      >
        Fit
      </button>
    </fieldset>
  );
}
