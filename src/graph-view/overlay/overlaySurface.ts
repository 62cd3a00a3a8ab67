import type { VisualModel } from "../../ui/look/visualModel.ts";
import { drawShapes } from "../export/drawShapes.ts";
import type { HighlightedElements } from "./highlightedElements.ts";
import { highlightShapes } from "./highlightShapes.ts";
import "./highlight-overlay.css";

/** Where the map is on screen: Cytoscape's zoom and pan, and the container's size in CSS pixels. */
export interface View {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  readonly width: number;
  readonly height: number;
}

/** Something the highlight overlay draws on: a canvas over the map in the page, a recorder in tests. */
export interface OverlaySurface {
  draw(elements: HighlightedElements, model: VisualModel, view: View): void;
  remove(): void;
}

/**
 * A transparent canvas laid over Cytoscape's own, inside its container, that takes no pointer events and
 * is hidden from assistive technology (the details panel says what is selected). Only it is cleared and
 * redrawn when the highlight or the view changes; the scene below is not touched.
 */
export function createOverlayCanvas(container: HTMLElement): OverlaySurface {
  const canvas = document.createElement("canvas");
  canvas.className = "highlight-overlay";
  canvas.setAttribute("aria-hidden", "true");
  container.append(canvas);
  const context = canvas.getContext("2d");
  return {
    draw(elements, model, view) {
      if (!context) return;
      const shapes = highlightShapes(elements, model);
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(view.width * ratio);
      const height = Math.round(view.height * ratio);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, width, height);
      if (shapes.length === 0) return;
      const scale = view.zoom * ratio;
      context.setTransform(scale, 0, 0, scale, view.pan.x * ratio, view.pan.y * ratio);
      drawShapes(context, shapes);
    },
    remove: () => canvas.remove(),
  };
}
