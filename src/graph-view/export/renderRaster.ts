import type { Core } from "cytoscape";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import type { ExportRequest } from "../../ui/mapExporter.ts";
import { drawShapes } from "./drawShapes.ts";
import type { OverMap } from "./picturePlace.ts";
import type { PlannedExport } from "./planExport.ts";

const TOO_LARGE = "The browser could not draw an image this large. Choose a smaller scale, or SVG.";

type Surface = {
  canvas: OffscreenCanvas | HTMLCanvasElement;
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
};

function createSurface(width: number, height: number): Surface {
  const canvas =
    typeof OffscreenCanvas === "function"
      ? new OffscreenCanvas(width, height)
      : document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d") as Surface["context"] | null;
  if (!context) throw new Error(TOO_LARGE);
  return { canvas, context };
}

function toBlob(canvas: Surface["canvas"], type: string): Promise<Blob | null> {
  if ("convertToBlob" in canvas) return canvas.convertToBlob({ type, quality: 0.92 });
  return new Promise((resolve) => canvas.toBlob(resolve, type, 0.92));
}

export const filled = (request: ExportRequest) =>
  request.background === "filled" || request.format === "jpeg";

/**
 * Cytoscape's picture of the region. Cytoscape draws it at once and only encodes it later, so a caller may
 * restyle the map around this call. `maxWidth`/`maxHeight` instead of `scale` make Cytoscape ignore the
 * screen's devicePixelRatio, so the same request gives the same pixels on every screen.
 */
export function mapPicture(
  cy: Core,
  request: ExportRequest,
  planned: PlannedExport,
  model: VisualModel,
): Promise<Blob | null> {
  const { source, scale } = planned;
  return cy
    .png({
      output: "blob-promise",
      full: request.area !== "view",
      maxWidth: source.pixelWidth * scale,
      maxHeight: source.pixelHeight * scale,
      ...(filled(request) ? { bg: model.palette.map.background } : {}),
    })
    .catch(() => null);
}

async function toBitmap(picture: Promise<Blob | null>): Promise<ImageBitmap> {
  const blob = await picture;
  // Past a browser's canvas limit the picture comes back empty instead of failing.
  if (!blob || blob.size === 0) throw new Error(TOO_LARGE);
  const bitmap = await createImageBitmap(blob).catch(() => null);
  if (!bitmap || bitmap.width === 0 || bitmap.height === 0) throw new Error(TOO_LARGE);
  return bitmap;
}

/**
 * Draws a PNG or JPEG without blocking the page: Cytoscape's picture (see mapPicture), set
 * between the title strip and the legend strip on a canvas of the planned size, with `over` (a large map's
 * selection) drawn over the map, encoded asynchronously.
 * Rejects with a message for people when the browser hands back nothing, rather than giving an empty file.
 */
export async function renderRaster(
  request: ExportRequest,
  planned: PlannedExport,
  model: VisualModel,
  picture: Promise<Blob | null>,
  over: OverMap,
): Promise<Blob> {
  const { plan, region, source, scale, decor } = planned;
  if (!plan.fits) throw new Error(plan.reason ?? TOO_LARGE);
  const bitmap = await toBitmap(picture);
  try {
    const { canvas, context } = createSurface(plan.width, plan.height);
    if (filled(request)) {
      context.fillStyle = model.palette.map.background;
      context.fillRect(0, 0, plan.width, plan.height);
    }
    // The route area is cut out of the whole map; other areas use the whole picture.
    const sx = (region.x1 - source.x1) * scale;
    const sy = (region.y1 - source.y1) * scale;
    const crop = request.area === "route";
    const [cropW, cropH] = crop ? [plan.mapWidth, plan.mapHeight] : [bitmap.width, bitmap.height];
    context.drawImage(
      bitmap,
      crop ? sx : 0,
      crop ? sy : 0,
      cropW,
      cropH,
      0,
      plan.headerHeight,
      plan.mapWidth,
      plan.mapHeight,
    );
    if (over.shapes.length > 0) {
      context.save();
      context.beginPath();
      context.rect(0, plan.headerHeight, plan.mapWidth, plan.mapHeight);
      context.clip();
      const { x, y, zoom } = over.place;
      context.setTransform(zoom, 0, 0, zoom, x, y + plan.headerHeight);
      drawShapes(context, over.shapes);
      context.restore();
    }
    if (decor) {
      context.setTransform(scale, 0, 0, scale, 0, 0);
      drawShapes(context, decor.header);
      context.setTransform(scale, 0, 0, scale, 0, plan.headerHeight + plan.mapHeight);
      drawShapes(context, decor.legend);
    }
    const blob = await toBlob(canvas, request.format === "jpeg" ? "image/jpeg" : "image/png");
    if (!blob || blob.size === 0) throw new Error(TOO_LARGE);
    return blob;
  } finally {
    bitmap.close();
  }
}
