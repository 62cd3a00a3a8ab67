import type { BoundingBox12, Core, ElementDefinition, StylesheetJson } from "cytoscape";
import { LARGE_MAP_NODES } from "../domain/mapScale.ts";
import { createMapCore } from "./createMapCore.ts";
import { createMapInSlices } from "./createMapInSlices.ts";
import { showInitialView } from "./initialView.ts";
import { keptViewOf, showKeptView } from "./keptView.ts";
import { moveMapBox } from "./moveMapBox.ts";

export interface MapBuild {
  /** The new instance when it was made at once (small maps, headless), so it can be shown in the same task. */
  readonly made: Core | null;
  /** The new instance once it is complete and at its first view; null when cancelled first. */
  readonly ready: Promise<Core | null>;
  /** Drops the instance if it is not shown yet; a shown one stays until the next one replaces it. */
  cancel(): void;
}

export interface MapStage {
  build(
    map: {
      readonly elements: ElementDefinition[];
      readonly careerNodes: number;
      readonly style: StylesheetJson;
      readonly headless: boolean;
    },
    onProgress: (done: number) => void,
  ): MapBuild;
  /** Shows an instance made in another box (earlyMap.ts), moving its layer into this one; null if it cannot. */
  adopt(cy: Core): MapBuild | null;
  /** Destroys the instance shown. */
  destroy(): void;
}

/**
 * The map's box, holding one Cytoscape instance in view and at most one being built. Each instance has its
 * own layer; a large map's layer stays hidden while its elements go in, slice by slice, and the map shown
 * before stays in view (inert) until the new one replaces it in one step.
 */
export function mapStage(stage: HTMLElement): MapStage {
  let shown: { cy: Core; layer: HTMLElement } | null = null;

  const newLayer = (pending: boolean) => {
    const layer = stage.ownerDocument.createElement("div");
    layer.className = "map-layer";
    // Inline, as Cytoscape's own container rule would make it relative.
    Object.assign(layer.style, { position: "absolute", inset: "0" });
    if (pending) layer.dataset.pending = "true";
    stage.append(layer);
    return layer;
  };

  const show = (cy: Core, layer: HTMLElement) => {
    if (shown) {
      shown.cy.destroy();
      shown.layer.remove();
    }
    delete layer.dataset.pending;
    shown = { cy, layer };
    return cy;
  };

  return {
    build({ elements, careerNodes, style, headless }, onProgress) {
      // Where the person was looking, so that the map drawn anew after an edit opens there (keptView.ts).
      const kept = shown ? keptViewOf(shown.cy) : null;
      const showFirstView = (cy: Core, mapBox?: BoundingBox12) => {
        if (!kept || !showKeptView(cy, kept)) showInitialView(cy, mapBox);
      };
      // The map shown is no longer the map: it stays in sight, untouchable, and no longer says it is ready.
      if (shown) {
        shown.layer.dataset.outgoing = "true";
        shown.layer.removeAttribute("data-map-ready");
      }
      if (headless || careerNodes <= LARGE_MAP_NODES) {
        const layer = newLayer(false);
        const cy = createMapCore({ container: layer, elements, careerNodes, style, headless });
        showFirstView(cy);
        show(cy, layer);
        return { made: cy, ready: Promise.resolve(cy), cancel: () => {} };
      }
      const layer = newLayer(true);
      onProgress(0);
      const slices = createMapInSlices(
        { container: layer, elements, careerNodes, style, headless },
        (added, total) => onProgress(added / total),
        showFirstView,
      );
      let cancelled = false;
      const drop = () => {
        if (!slices.cy.destroyed()) slices.cy.destroy();
        layer.remove();
        return null;
      };
      const ready = slices.ready.then(
        (box) => (cancelled || box === null ? drop() : show(slices.cy, layer)),
        (error: unknown) => {
          drop();
          throw error;
        },
      );
      return {
        made: null,
        ready,
        cancel: () => {
          cancelled = true;
          slices.cancel();
        },
      };
    },
    adopt(cy) {
      const layer = cy.container();
      if (!layer || !moveMapBox(cy, stage)) return null;
      show(cy, layer);
      return { made: cy, ready: Promise.resolve(cy), cancel: () => {} };
    },
    destroy() {
      shown?.cy.destroy();
      shown?.layer.remove();
      shown = null;
    },
  };
}
