import type { Core } from "cytoscape";
import type { MeasureText } from "../../ui/look/shapes.ts";
import type { ExportPlan, ExportRequest } from "../../ui/mapExporter.ts";
import { checkCanvasSize } from "./canvasLimits.ts";
import { type Decor, layoutDecor } from "./decorLayout.ts";
import type { ExportLooks } from "./exportLooks.ts";
import { elementsInRegion, exportRegion, fullRegion, type Region } from "./exportRegion.ts";
import { drawnInSlices, estimateBytes } from "./imageWeight.ts";
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

/** What an export shows, whatever its scale: the region, what Cytoscape draws, and the strips. */
export interface ExportFrame {
  readonly region: Region;
  readonly source: Region;
  readonly decor: Decor | null;
  /** Elements on the map, for choosing slices (one-step drawing draws them all, whatever the area). */
  readonly elements: number;
  /** Elements in the region, for the file size estimate. */
  readonly shown: number;
}

/**
 * The scale-independent part of planning: the map's bounding box and the legend, which take a while on a
 * map of 20,000 elements, so the menu works them out once for every scale it offers. `known` is the whole
 * map's region when it was measured already.
 */
export function frameExport(
  cy: Core,
  request: ExportRequest,
  measure: MeasureText,
  looks: ExportLooks,
  known?: Region,
): ExportFrame {
  const full = request.area === "view" ? undefined : (known ?? fullRegion(cy));
  const region = exportRegion(cy, request.area, full);
  const source = request.area === "route" && full ? full : region;
  const decor = request.caption
    ? layoutDecor(
        looks.model(request.theme),
        request.caption,
        pictureLegend(cy, looks.model(request.theme)),
        region.pixelWidth,
        measure,
      )
    : null;
  const elements = cy.elements().length;
  const shown = request.area === "full" ? elements : elementsInRegion(cy, region);
  return { region, source, decor, elements, shown };
}

/**
 * Works out the size of an export at the requested scale (SVG at 1): the region's pixels times the scale,
 * plus the title and legend strips laid out for that width. Raster exports are checked against the canvas
 * limits, for the finished image and, drawn in one step, for the map image Cytoscape draws first.
 */
export function planExport(frame: ExportFrame, request: ExportRequest): PlannedExport {
  const { region, source, decor, elements, shown } = frame;
  const scale = request.format === "svg" ? 1 : request.scale;
  const mapWidth = Math.round(region.pixelWidth * scale);
  const mapHeight = Math.round(region.pixelHeight * scale);
  // Whole pixels at scales under 1 too; at 1, 2 and 4 the strips' heights are whole already.
  const headerHeight = Math.ceil((decor?.headerHeight ?? 0) * scale);
  const legendHeight = Math.ceil((decor?.legendHeight ?? 0) * scale);
  const width = mapWidth;
  const height = headerHeight + mapHeight + legendHeight;
  const sliced = request.format !== "svg" && drawnInSlices(mapWidth * mapHeight, elements);
  // The current view is drawn at the screen's zoom: its elements' edges grow with that too.
  const zoom = region.pixelWidth / Math.max(1, region.w);
  const estimatedBytes = estimateBytes(request.format, width * height, shown, scale * zoom);
  const sizes = { width, height, mapWidth, mapHeight, headerHeight, legendHeight, estimatedBytes, sliced };
  if (request.format === "svg") return { plan: { ...sizes, fits: true }, region, source, scale, decor };
  const finished = checkCanvasSize(width, height);
  // In one step Cytoscape draws the whole source (the whole map for the route area); slices draw the region.
  const drawn = sliced ? finished : checkCanvasSize(source.pixelWidth * scale, source.pixelHeight * scale);
  const check = finished.fits ? drawn : finished;
  const plan: ExportPlan = check.fits
    ? { ...sizes, fits: true }
    : { ...sizes, fits: false, reason: check.reason };
  return { plan, region, source, scale, decor };
}
