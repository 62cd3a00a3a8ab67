import type { Core } from "cytoscape";
import { MAP_ZOOM } from "./zoom.ts";

/**
 * Fits the whole map when its labels stay readable; on a small screen, where the fit would shrink them
 * past reading, starts at a readable zoom on the entry level instead (the map pans from there).
 */
export function showInitialView(cy: Core): void {
  cy.fit(undefined, MAP_ZOOM.fitPadding);
  if (cy.zoom() >= MAP_ZOOM.readable) return;
  const box = cy.elements().boundingBox();
  cy.zoom(MAP_ZOOM.readable);
  cy.pan({
    x: MAP_ZOOM.fitPadding - box.x1 * MAP_ZOOM.readable,
    y: MAP_ZOOM.fitPadding - box.y1 * MAP_ZOOM.readable,
  });
}

/**
 * On a phone the details sheet covers the lower half of the map: a node tapped there is moved up into
 * the part that stays visible.
 */
export function keepAboveSheet(cy: Core, elementId: string): void {
  if (cy.width() > MAP_ZOOM.narrowScreen) return;
  const node = cy.getElementById(elementId);
  if (node.empty()) return;
  const y = node.renderedPosition().y;
  const visibleHeight = cy.height() * 0.45;
  if (y > visibleHeight - 30 || y < 30) {
    cy.animate({ panBy: { x: 0, y: visibleHeight / 2 - y } }, { duration: 250 });
  }
}

/**
 * Zooms and pans so the given nodes fill the part of the map not covered on the left by `insetLeft`
 * pixels (the route drawer), never zooming in past a comfortable reading size.
 */
export function frameNodes(cy: Core, elementIds: readonly string[], insetLeft: number): void {
  let nodes = cy.collection();
  for (const id of elementIds) nodes = nodes.union(cy.getElementById(id));
  if (nodes.empty()) return;
  const box = nodes.boundingBox();
  const pad = MAP_ZOOM.fitPadding * 2;
  const width = Math.max(1, cy.width() - insetLeft - pad * 2);
  const height = Math.max(1, cy.height() - pad * 2);
  const zoom = Math.min(MAP_ZOOM.routeMax, width / Math.max(1, box.w), height / Math.max(1, box.h));
  const level = Math.max(MAP_ZOOM.min, zoom);
  const centreX = insetLeft + pad + width / 2;
  const centreY = pad + height / 2;
  cy.stop();
  cy.animate(
    {
      zoom: level,
      pan: { x: centreX - (box.x1 + box.w / 2) * level, y: centreY - (box.y1 + box.h / 2) * level },
    },
    { duration: 300 },
  );
}
