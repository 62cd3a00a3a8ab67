import type { BoundingBox12, Collection, Core, SingularElementArgument } from "cytoscape";

/**
 * Up to this many elements (nodes, paths and bands) the screen is drawn directly: a frame then costs a few
 * milliseconds of drawing, where copying the cached picture costs a tenth of one. The bundled map has 142
 * (figures in docs/decisions/0026-small-maps-drawn-directly.md).
 */
export const DIRECT_DRAWING_LIMIT = 600;

/** The parts of Cytoscape's canvas renderer this relies on; none is in its types. */
interface CanvasRendererParts {
  drawLayeredElements?: unknown;
  readonly drawElement?: unknown;
  readonly NODE?: unknown;
  readonly data?: { readonly contexts?: readonly unknown[] };
}

type DrawLayered = (context: unknown, eles: Collection, pxRatio: number, extent: BoundingBox12) => void;
type DrawElement = (context: unknown, ele: SingularElementArgument) => void;

const overlaps = (a: BoundingBox12, b: BoundingBox12) =>
  a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/**
 * Makes Cytoscape draw a small map's elements straight onto the screen, as it does when zoomed far in,
 * instead of first into its texture caches (one picture per element, then whole layers) and copying
 * those. On a small map the caches cost more than they save: building them took 30–40 ms of the first
 * frame, and a cached label is a scaled copy, a little blurred between zoom steps. Pictures drawn for an
 * export come with their own canvas and keep the cached way, so their pixels do not change. Returns false,
 * changing nothing, where the renderer lacks the parts this needs (another Cytoscape version or renderer).
 */
export function drawDirectly(cy: Core): boolean {
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererParts | undefined }).renderer?.();
  const layered = renderer?.drawLayeredElements;
  const drawElement = renderer?.drawElement;
  const screen = typeof renderer?.NODE === "number" ? renderer.data?.contexts?.[renderer.NODE] : undefined;
  if (!renderer || typeof layered !== "function" || typeof drawElement !== "function" || !screen)
    return false;
  const drawLayered = layered as DrawLayered;
  const draw = drawElement as DrawElement;
  renderer.drawLayeredElements = function (this: unknown, context, eles, pxRatio, extent) {
    if (context !== screen || eles.length > DIRECT_DRAWING_LIMIT) {
      drawLayered.call(this, context, eles, pxRatio, extent);
      return;
    }
    // As Cytoscape's own loop over cached elements: empty, hidden and out-of-view elements are skipped.
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i];
      if (!ele) continue;
      const box = ele.boundingBox();
      if (box.w === 0 || box.h === 0 || !ele.visible() || !overlaps(box, extent)) continue;
      draw.call(this, context, ele);
    }
  } satisfies DrawLayered;
  return true;
}
