import type { Core, SingularElementArgument } from "cytoscape";
import type { Shape } from "../../ui/look/shapes.ts";
import type { ExportRequest, RenderOptions } from "../../ui/mapExporter.ts";
import { nextTurn } from "../../ui/nextTurn.ts";
import { drawShapes } from "./drawShapes.ts";
import { picturePlace } from "./picturePlace.ts";
import type { PlannedExport } from "./planExport.ts";
import { stopIfCancelled } from "./stopIfCancelled.ts";

/**
 * The two methods of Cytoscape's canvas renderer that `cy.png` itself uses to draw a picture: the elements
 * in drawing order, and drawing one of them onto a 2D context. They are not in Cytoscape's typings; the
 * browser test that compares a sliced picture with `cy.png` pixel for pixel guards them (decision 0019).
 */
interface CanvasRenderer {
  getCachedZSortedEles(): SingularElementArgument[];
  drawElement(context: OffscreenCanvasRenderingContext2D, element: SingularElementArgument): void;
}

function canvasRenderer(cy: Core): CanvasRenderer {
  const renderer = (cy as unknown as { renderer(): Partial<CanvasRenderer> | undefined }).renderer();
  if (typeof renderer?.getCachedZSortedEles !== "function" || typeof renderer.drawElement !== "function") {
    throw new Error("This browser's map renderer cannot draw a large image in parts. Try SVG.");
  }
  return renderer as CanvasRenderer;
}

/** One task's share of the work: short enough that the page keeps answering input. */
const TASK_MS = 12;
/** Elements are drawn in chunks, each flushed and timed; chunk sizes (in weight, see below) follow this. */
const CHUNK_MS = 6;
/** A sparse part of the map grows chunks; past this a dense part could make one chunk a long task. */
const MAX_CHUNK = 4;
/** A band of the picture has at most this many pixels: its canvas takes tens of milliseconds to make. */
const BAND_PIXELS = 4_000_000;
/** Room above and below a band for an element's anti-aliased edge, in output pixels. */
const BLEED = 2;

/**
 * How much painting an element takes, in units of a node: a node and its label are one; an edge grows with
 * its length on the picture, since a dashed or dotted curve thousands of pixels long takes as long to paint
 * as a dozen nodes.
 */
function weight(ele: SingularElementArgument, bb: { w: number; h: number }, zoom: number): number {
  return ele.isNode() ? 1 : Math.max(0.5, ((bb.w + bb.h) * zoom) / 400);
}

/** Each element in the region, in drawing order, with its top and bottom in output pixels. */
async function elementsByRow(
  cy: Core,
  renderer: CanvasRenderer,
  planned: PlannedExport,
  place: { y: number; zoom: number },
  check: () => void,
) {
  const { x1, y1, w, h } = planned.region;
  const all = renderer.getCachedZSortedEles().slice();
  const kept: { ele: SingularElementArgument; weight: number; top: number; bottom: number }[] = [];
  let started = performance.now();
  for (const ele of all) {
    const bb = ele.boundingBox();
    if (!(bb.x2 < x1 || bb.y2 < y1 || bb.x1 > x1 + w || bb.y1 > y1 + h))
      kept.push({
        ele,
        weight: weight(ele, bb, place.zoom),
        top: bb.y1 * place.zoom + place.y - BLEED,
        bottom: bb.y2 * place.zoom + place.y + BLEED,
      });
    if (performance.now() - started > TASK_MS) {
      await nextTurn();
      check();
      started = performance.now();
    }
  }
  if (cy.destroyed()) check();
  return kept;
}

/**
 * The map part of a PNG or JPEG, drawn the way `cy.png` draws it (each element by Cytoscape's own canvas
 * renderer, in its drawing order, on a transparent canvas, the background put behind at the end) but in
 * horizontal bands, a few dozen elements per task. The canvas records drawing and paints it later, so
 * each chunk is flushed (a one-pixel read) before it is timed: painting is what takes the time. Each
 * finished band goes to `onBand` with its top in the picture. Stops when the signal is aborted or the map
 * is replaced. `over` (the selection of a large map) is drawn over each band.
 */
export async function drawPictureInSlices(
  cy: Core,
  request: ExportRequest,
  planned: PlannedExport,
  background: string | null,
  onBand: (image: ImageBitmap, top: number) => void,
  options: RenderOptions,
  over: readonly Shape[],
): Promise<void> {
  const { mapWidth, mapHeight } = planned.plan;
  const check = () => {
    stopIfCancelled(options.signal);
    if (cy.destroyed()) throw new Error("The map was replaced while exporting. Try again.");
  };
  const renderer = canvasRenderer(cy);
  const place = picturePlace(cy, request, planned);
  const elements = await elementsByRow(cy, renderer, planned, place, check);
  const rows = Math.max(16, Math.floor(BAND_PIXELS / mapWidth));
  const bandCount = Math.ceil(mapHeight / rows);
  let chunk = 2;
  let started = performance.now();
  const breathe = async (done: number) => {
    if (performance.now() - started < TASK_MS) return;
    options.onProgress?.(done, "drawing");
    await nextTurn();
    check();
    started = performance.now();
  };
  for (let index = 0; index < bandCount; index++) {
    const top = index * rows;
    const height = Math.min(rows, mapHeight - top);
    const inBand = elements.filter((e) => e.bottom >= top && e.top <= top + height);
    const canvas = new OffscreenCanvas(mapWidth, height);
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) throw new Error("The browser could not draw this image. Choose a smaller scale, or SVG.");
    context.setTransform(place.zoom, 0, 0, place.zoom, place.x, place.y - top);
    let next = 0;
    while (next < inBand.length) {
      const chunkStarted = performance.now();
      let drawn = 0;
      while (next < inBand.length && drawn < chunk) {
        const entry = inBand[next++];
        if (!entry) continue;
        renderer.drawElement(context, entry.ele);
        drawn += entry.weight;
      }
      context.getImageData(0, 0, 1, 1);
      const took = Math.max(0.25, performance.now() - chunkStarted);
      chunk = Math.max(1, Math.min(MAX_CHUNK, (drawn * CHUNK_MS) / took));
      await breathe((index + next / inBand.length) / bandCount);
    }
    drawShapes(context, over);
    if (background !== null) {
      context.resetTransform();
      context.globalCompositeOperation = "destination-over";
      context.fillStyle = background;
      context.fillRect(0, 0, mapWidth, height);
    }
    onBand(canvas.transferToImageBitmap(), top);
    await breathe((index + 1) / bandCount);
  }
}
