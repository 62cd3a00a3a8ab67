import type { BoundingBox12, Core, ElementDefinition } from "cytoscape";
import { createMapCore, type MapCoreOptions } from "./createMapCore.ts";
import { showInitialView } from "./initialView.ts";

/** Work done in one task before the page gets the thread back (input, painting the progress). */
const SLICE_MS = 25;
/** Elements added per `cy.add`; small enough that a slice ends close to SLICE_MS on a slow machine. */
const STEP = 40;

/** The part of Cytoscape's canvas renderer used here: compute the queued elements' styles and geometry now. */
interface CalculatingRenderer {
  flushRenderedStyleQueue?: () => void;
  recalculateRenderedStyle?: (eles: unknown, useCache: boolean) => void;
  /** The elements in drawing order, sorted once and kept until elements are added or removed. */
  getCachedZSortedEles?: () => unknown;
}

export interface MapInSlices {
  /** The instance being filled; it draws nothing until `ready` resolves. */
  readonly cy: Core;
  /** Resolves with the whole map's bounding box once every element is in, measured and at the first view. */
  readonly ready: Promise<BoundingBox12 | null>;
  /** Stops adding; `ready` then resolves with null and the caller destroys `cy`. */
  cancel(): void;
}

/** A new task, after anything the browser has waiting (input, a frame): a message to ourselves. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Cytoscape's first frame, or a moment (a hidden tab draws no frames, and need not wait for one). */
function firstFrame(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    cy.one("render", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function union(box: BoundingBox12 | null, next: BoundingBox12): BoundingBox12 {
  if (!box) return next;
  return {
    x1: Math.min(box.x1, next.x1),
    y1: Math.min(box.y1, next.y1),
    x2: Math.max(box.x2, next.x2),
    y2: Math.max(box.y2, next.y2),
  };
}

/**
 * Creates a large map's Cytoscape instance with its elements added a slice at a time, each slice styled and
 * measured (edge curves, label boxes) in the same task, so no task holds the page for long. Cytoscape's
 * render loop draws nothing while a batch is open, so one is open between slices: the first frame comes
 * once, with everything in (docs/decisions/0021-opening-big-maps-in-slices.md).
 */
export function createMapInSlices(
  options: MapCoreOptions,
  onProgress: (added: number, total: number) => void,
  showFirstView: (cy: Core, mapBox: BoundingBox12) => void = showInitialView,
): MapInSlices {
  const { elements } = options;
  const cy = createMapCore({ ...options, elements: [] });
  const renderer = (cy as unknown as { renderer(): CalculatingRenderer }).renderer();
  let cancelled = false;

  const run = async (): Promise<BoundingBox12 | null> => {
    // One frame of the empty map first: Cytoscape's first frame also tries to cache the whole map as a
    // layered texture, a pass over every element that a map this size never fits in anyway.
    if (!options.headless) await firstFrame(cy);
    cy.startBatch();
    const siblings = new ParallelEdges();
    let next = 0;
    let box: BoundingBox12 | null = null;
    while (next < elements.length) {
      await nextTask();
      if (cancelled || cy.destroyed()) return null;
      cy.endBatch();
      const start = performance.now();
      while (next < elements.length && performance.now() - start < SLICE_MS) {
        const definitions = elements.slice(next, next + STEP);
        const slice = cy.add(definitions);
        renderer.flushRenderedStyleQueue?.();
        const earlier = siblings.arrive(definitions);
        if (earlier.length > 0) {
          const edges = earlier.reduce((all, id) => all.merge(cy.getElementById(id)), cy.collection());
          // Internal to Cytoscape, as the curves are: their cached boxes go with them.
          (edges as unknown as { dirtyBoundingBoxCache?: () => void }).dirtyBoundingBoxCache?.();
          renderer.recalculateRenderedStyle?.(edges, false);
          box = union(box, edges.boundingBox());
        }
        box = union(box, slice.boundingBox());
        next += STEP;
      }
      cy.startBatch();
      onProgress(Math.min(next, elements.length), elements.length);
    }
    await nextTask();
    if (cancelled || cy.destroyed()) return null;
    // Still inside the batch: the first frame is drawn at the first view, not at Cytoscape's default one.
    if (box) showFirstView(cy, box);
    renderer.getCachedZSortedEles?.();
    // The drawing order of every element is a task of its own, apart from the first frame's.
    await nextTask();
    if (cancelled || cy.destroyed()) return null;
    return box;
  };

  const ready = run().finally(() => {
    if (!cy.destroyed() && (cy as unknown as { batching(): boolean }).batching()) cy.endBatch();
  });
  return {
    cy,
    ready,
    cancel: () => {
      cancelled = true;
    },
  };
}

/**
 * Edges between the same two nodes curve apart, each curve depending on its siblings: when an edge arrives
 * in a later slice than a sibling, the sibling is measured again, as a single `cy.add` would have measured
 * them together.
 */
class ParallelEdges {
  private readonly present = new Map<string, string[]>();

  /** The ids of edges already in the map that share their two nodes with one of these new ones. */
  arrive(definitions: readonly ElementDefinition[]): string[] {
    const earlier = new Set<string>();
    const added: [string, string][] = [];
    for (const { group, data } of definitions) {
      if (group !== "edges" || data.id === undefined) continue;
      const { source, target } = data as { source: string; target: string };
      const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
      for (const id of this.present.get(key) ?? []) earlier.add(id);
      added.push([key, data.id]);
    }
    for (const [key, id] of added) {
      const ids = this.present.get(key);
      if (ids) ids.push(id);
      else this.present.set(key, [id]);
    }
    return [...earlier];
  }
}
