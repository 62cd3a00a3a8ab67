import type { BoundingBox12, Core } from "cytoscape";
import { coveredInsets } from "./coveredInsets.ts";
import { MAP_ZOOM } from "./zoom.ts";

/** The free part of the map (not under a control or panel), in rendered pixels, less the padding. */
function freeArea(cy: Core, pad: number) {
  const insets = coveredInsets(cy);
  const left = insets.left + pad;
  const top = insets.top + pad;
  return {
    left,
    top,
    width: Math.max(1, cy.width() - insets.right - pad - left),
    height: Math.max(1, cy.height() - insets.bottom - pad - top),
  };
}

/**
 * The viewport that shows `eles` in the free area: as large as fits, up to `maxZoom`; never smaller than
 * readable labels (MAP_ZOOM.readable). When they cannot all fit at that size, the view starts at their
 * top left (the entry level, and the level titles) and the rest is a pan away; given an `anchor` (a
 * route's first node), the view starts as near that corner as keeps the anchor in sight, since on a large
 * map the corner of a long route's box is often empty of it.
 */
function viewFor(cy: Core, box: BoundingBox12, maxZoom: number, pad: number, anchor?: BoundingBox12) {
  const area = freeArea(cy, pad);
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const fit = Math.min(maxZoom, area.width / Math.max(1, w), area.height / Math.max(1, h));
  const zoom = Math.max(MAP_ZOOM.readable, fit);
  const place = (start: number, size: number, from: number, room: number, near?: [number, number]) => {
    if (size * zoom <= room) return from + (room - size * zoom) / 2 - start * zoom;
    const shown = near ? Math.min(Math.max(start, near[1] - room / zoom), near[0]) : start;
    return from - shown * zoom;
  };
  return {
    zoom,
    pan: {
      x: place(box.x1, w, area.left, area.width, anchor && [anchor.x1, anchor.x2]),
      y: place(box.y1, h, area.top, area.height, anchor && [anchor.y1, anchor.y2]),
    },
  };
}

/**
 * The first view of a map: the whole map as large as the free part of the screen allows; when that would
 * shrink labels past reading, the entry level at a readable size, to pan from. Nodes never start under
 * the zoom buttons, the legend or a panel. `mapBox`, the whole map's bounding box, when already known.
 */
export function showInitialView(cy: Core, mapBox?: BoundingBox12): void {
  const eles = cy.elements();
  if (eles.empty()) return;
  cy.viewport(viewFor(cy, mapBox ?? eles.boundingBox(), MAP_ZOOM.max, MAP_ZOOM.fitPadding));
}

/**
 * Brings a node into the free part of the map if it lies outside it (under a drawer or off screen), so the
 * node whose details open stays in sight; a node already in sight does not move.
 */
export function keepInSight(cy: Core, elementId: string): void {
  const node = cy.getElementById(elementId);
  if (node.empty()) return;
  const area = freeArea(cy, MAP_ZOOM.fitPadding);
  const box = node.renderedBoundingBox({ includeLabels: false });
  const inside =
    box.x1 >= area.left &&
    box.y1 >= area.top &&
    box.x2 <= area.left + area.width &&
    box.y2 <= area.top + area.height;
  if (inside) return;
  const at = node.renderedPosition();
  cy.stop();
  cy.animate(
    { panBy: { x: area.left + area.width / 2 - at.x, y: area.top + area.height / 2 - at.y } },
    { duration: 250 },
  );
}

/**
 * Zooms and pans so the given nodes fill the free part of the map (beside the route drawer, above a
 * sheet), never past a comfortable reading size and never below a readable one: a long route on a phone
 * starts at its first step, to pan along.
 */
export function frameNodes(cy: Core, elementIds: readonly string[]): void {
  let nodes = cy.collection();
  for (const id of elementIds) nodes = nodes.union(cy.getElementById(id));
  if (nodes.empty()) return;
  const view = viewFor(
    cy,
    nodes.boundingBox(),
    MAP_ZOOM.routeMax,
    MAP_ZOOM.fitPadding * 2,
    nodes.first().boundingBox(),
  );
  cy.stop();
  cy.animate(view, { duration: 300 });
}
