import type { Core } from "cytoscape";
import type { Shape } from "../../ui/look/shapes.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import type { ExportRequest, RenderOptions } from "../../ui/mapExporter.ts";
import { nextTurn } from "../../ui/nextTurn.ts";
import { type Composer, openComposer } from "./composeOffPage.ts";
import { drawShapes } from "./drawShapes.ts";
import type { PlannedExport } from "./planExport.ts";
import { filled } from "./renderRaster.ts";
import { drawPictureInSlices } from "./slicedPicture.ts";
import { stopIfCancelled } from "./stopIfCancelled.ts";

/** The share of the progress bar for drawing the map; encoding, which reports nothing, takes the rest. */
const DRAWING_SHARE = 0.8;

/** A title or legend strip on its own canvas, over the background, as renderRaster draws it in place. */
function strip(
  shapes: readonly Shape[],
  size: { width: number; height: number },
  scale: number,
  background: string | null,
): ImageBitmap {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("The browser could not draw the title and legend.");
  if (background !== null) {
    context.fillStyle = background;
    context.fillRect(0, 0, size.width, size.height);
  }
  context.setTransform(scale, 0, 0, scale, 0, 0);
  drawShapes(context, shapes);
  return canvas.transferToImageBitmap();
}

/** The encoded file, unless the export is cancelled first: then the worker is ended at once. */
function encodeUnlessCancelled(composer: Composer, signal: AbortSignal | undefined): Promise<Blob> {
  stopIfCancelled(signal);
  return new Promise((resolve, reject) => {
    const cancel = () => {
      composer.discard();
      reject(new DOMException("The export was cancelled.", "AbortError"));
    };
    signal?.addEventListener("abort", cancel, { once: true });
    composer
      .encode()
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener("abort", cancel));
  });
}

/**
 * A large PNG or JPEG without a long task: the map drawn in bands on the page (slicedPicture.ts), each band
 * handed to a worker that puts the image together and encodes it, with the title and legend strips, and
 * `over` (a large map's selection) drawn over the map.
 * Reports progress; cancelling stops it between slices and frees everything.
 */
export async function renderSliced(
  cy: Core,
  request: ExportRequest,
  planned: PlannedExport,
  model: VisualModel,
  options: RenderOptions,
  over: readonly Shape[],
): Promise<Blob> {
  const { plan, decor, scale } = planned;
  if (!plan.fits) throw new Error(plan.reason ?? "This image is too large.");
  const background = filled(request) ? model.palette.map.background : null;
  const type = request.format === "jpeg" ? "image/jpeg" : "image/png";
  const composer = openComposer({ width: plan.width, height: plan.height, background, type });
  try {
    if (decor && plan.headerHeight > 0) {
      const size = { width: plan.width, height: plan.headerHeight };
      composer.add({ image: strip(decor.header, size, scale, background), x: 0, y: 0 });
    }
    if (decor && plan.legendHeight > 0) {
      const size = { width: plan.width, height: plan.legendHeight };
      const y = plan.headerHeight + plan.mapHeight;
      composer.add({ image: strip(decor.legend, size, scale, background), x: 0, y });
    }
    await nextTurn();
    await drawPictureInSlices(
      cy,
      request,
      planned,
      background,
      (image, top) => composer.add({ image, x: 0, y: plan.headerHeight + top }),
      { ...options, onProgress: (done) => options.onProgress?.(done * DRAWING_SHARE, "drawing") },
      over,
    );
    options.onProgress?.(DRAWING_SHARE, "encoding");
    return await encodeUnlessCancelled(composer, options.signal);
  } catch (error) {
    composer.discard();
    throw error;
  }
}
