import type { Core } from "cytoscape";
import type { ExportLooks } from "../export/exportLooks.ts";
import { followHighlightOverlay } from "./followHighlightOverlay.ts";
import { createOverlayCanvas } from "./overlaySurface.ts";

/** The highlight overlay of a large map on the page: its canvas in the map's container, following the store. */
export function showHighlightOverlay(cy: Core, looks: ExportLooks, container: HTMLElement): () => void {
  return followHighlightOverlay(cy, looks, createOverlayCanvas(container));
}
