import type { TextMeasureContext } from "./measureLabels.ts";

/** A 2D context to measure labels with in a worker, or null where there is no OffscreenCanvas. */
export function offscreenMeasureContext(): TextMeasureContext | null {
  try {
    return typeof OffscreenCanvas === "function" ? new OffscreenCanvas(1, 1).getContext("2d") : null;
  } catch {
    return null;
  }
}
