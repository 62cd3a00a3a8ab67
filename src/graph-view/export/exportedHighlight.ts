import type { Core } from "cytoscape";
import { useAppStore } from "../../store/appStore.ts";
import { selectDrawnRoute } from "../../store/selectors.ts";
import type { Shape } from "../../ui/look/shapes.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import type { ExportRequest } from "../../ui/mapExporter.ts";
import { isLargeMap } from "../highlights/mapScale.ts";
import { highlightedElements } from "../overlay/highlightedElements.ts";
import { highlightShapes } from "../overlay/highlightShapes.ts";
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

/**
 * The selection as the map shows it. A large map draws it on an overlay, not on Cytoscape's canvas
 * (docs/decisions/0020-highlight-overlay.md), so an export draws the overlay's shapes over the map; smaller
 * maps carry it in their elements' styles already. The hover is left out: by the time someone exports, the
 * pointer is on the export menu, as on smaller maps. Call it while the map wears the export's theme.
 */
export function exportedHighlight(cy: Core, model: VisualModel): readonly Shape[] {
  if (!isLargeMap(cy)) return [];
  const state = useAppStore.getState();
  const highlight = {
    hoveredId: null,
    selectedId: state.selectedId,
    withPaths: selectDrawnRoute(state) === null,
  };
  return highlightShapes(highlightedElements(cy, highlight), model);
}
