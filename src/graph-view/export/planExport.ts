import type { Core } from "cytoscape";
import type { MeasureText } from "../../ui/look/shapes.ts";
import type { ExportPlan, ExportRequest } from "../../ui/mapExporter.ts";
import { checkCanvasSize } from "./canvasLimits.ts";
import { type Decor, layoutDecor } from "./decorLayout.ts";
import type { ExportLooks } from "./exportLooks.ts";
import { exportRegion, fullRegion, type Region } from "./exportRegion.ts";
import { pictureLegend } from "./legendEntries.ts";

/** Everything an export needs, worked out before drawing: the plan shown to people, the region and the strips. */
export interface PlannedExport {
  readonly plan: ExportPlan;
  readonly region: Region;
  /** The region Cytoscape is asked to draw: the whole map for the route area, which is then cropped. */
  readonly source: Region;
  readonly scale: number;
  readonly decor: Decor | null;
}

/**
 * Works out the size of an export at the requested scale (SVG at 1): the region's pixels times the scale,
 * plus the title and legend strips laid out for that width. Raster exports are checked against the canvas
 * limits, for the finished image and for the map image Cytoscape draws first.
 */
export function planExport(
  cy: Core,
  request: ExportRequest,
  measure: MeasureText,
  looks: ExportLooks,
): PlannedExport {
  const scale = request.format === "svg" ? 1 : request.scale;
  const region = exportRegion(cy, request.area);
  const source = request.area === "route" ? fullRegion(cy) : region;
  const decor = request.caption
    ? layoutDecor(
        looks.model(request.theme),
        request.caption,
        pictureLegend(cy, looks.model(request.theme)),
        region.pixelWidth,
        measure,
      )
    : null;
  const mapWidth = Math.round(region.pixelWidth * scale);
  const mapHeight = Math.round(region.pixelHeight * scale);
  const headerHeight = (decor?.headerHeight ?? 0) * scale;
  const legendHeight = (decor?.legendHeight ?? 0) * scale;
  const width = mapWidth;
  const height = headerHeight + mapHeight + legendHeight;
  const sizes = { width, height, mapWidth, mapHeight, headerHeight, legendHeight };
  if (request.format === "svg") return { plan: { ...sizes, fits: true }, region, source, scale, decor };
  const finished = checkCanvasSize(width, height);
  const drawn = checkCanvasSize(source.pixelWidth * scale, source.pixelHeight * scale);
  const check = finished.fits ? drawn : finished;
  const plan: ExportPlan = check.fits
    ? { ...sizes, fits: true }
    : { ...sizes, fits: false, reason: check.reason };
  return { plan, region, source, scale, decor };
}
