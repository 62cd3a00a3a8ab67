import type { Core } from "cytoscape";
import type { Shape } from "../../ui/look/shapes.ts";
import type { ExportRequest } from "../../ui/mapExporter.ts";
import type { PlannedExport } from "./planExport.ts";

/** Where a model point lands on the map part of a picture: output pixel = model × zoom + offset. */
export interface PicturePlace {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Shapes in model coordinates, drawn over the map part of a picture at its place. */
export interface OverMap {
  readonly shapes: readonly Shape[];
  readonly place: PicturePlace;
}

/**
 * The transform `cy.png` uses for the picture: the whole map from its bounding box (the region's corner,
 * measured already), the view from the pan and zoom. The route area is framed directly on whole pixels
 * (cy.png drew the whole map and the route was cut out of it).
 */
export function picturePlace(cy: Core, request: ExportRequest, planned: PlannedExport): PicturePlace {
  const { scale, region } = planned;
  if (request.area === "view") {
    const pan = cy.pan();
    return { x: pan.x * scale, y: pan.y * scale, zoom: scale * cy.zoom() };
  }
  return { x: -region.x1 * scale, y: -region.y1 * scale, zoom: scale };
}
