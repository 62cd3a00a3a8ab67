import type { CareerGraph } from "../domain/careerGraph.ts";
import type { Arrangement, CareerLayout } from "../domain/layout/index.ts";
import { layoutCareerMap } from "../domain/layout/layoutCareerMap.ts";
import { measureNodeSizes, type TextMeasureContext } from "./measureLabels.ts";

/** The map area beside the details panel on a 1280×800 screen: the shape the layout aims to fill. */
const MAP_AREA = { width: 900, height: 720 };

/**
 * Fewer sweeps than the layout's defaults: on the bundled map they halve the time before the first
 * drawing (about 100 ms to 50 ms in Node here) and leave 29 crossings instead of 30.
 */
const LAYOUT_EFFORT = { orderingPasses: 4, alignmentPasses: 4 } as const;

/** The ladder layout for a graph, computed once per graph object and shared by the view and exports. */
const cache = new WeakMap<CareerGraph, CareerLayout>();
/** Arrangements decided before the map was opened (the build's, for the bundled map), by graph object. */
const arrangements = new WeakMap<CareerGraph, Arrangement>();

/**
 * Measures the labels with the given context (the page's canvas by default) and lays the map out, in the
 * given arrangement if there is one, else in the one the layout's search finds.
 */
export function layoutWithLabels(
  graph: CareerGraph,
  context?: TextMeasureContext | null,
  arrangement?: Arrangement,
): CareerLayout {
  const nodeSize = context === undefined ? measureNodeSizes(graph) : measureNodeSizes(graph, context);
  return layoutCareerMap(graph, {
    viewport: MAP_AREA,
    ...LAYOUT_EFFORT,
    ...(nodeSize ? { nodeSize } : {}),
    ...(arrangement ? { arrangement } : {}),
  });
}

/**
 * Lays this graph object out in the given arrangement rather than searching for one: its nodes keep their
 * sub-columns and order whatever the labels measure here (docs/decisions/0029-bundled-map-arrangement.md).
 * An edited map is a new graph object, and is searched anew.
 */
export function arrangeLike(graph: CareerGraph, arrangement: Arrangement): void {
  arrangements.set(graph, arrangement);
}

/** Keeps a layout computed elsewhere (in the map-opening worker) for this graph object. */
export function rememberLayout(graph: CareerGraph, layout: CareerLayout): void {
  cache.set(graph, layout);
}

/** Whether this graph object has its layout already (kept from the worker, or computed here before). */
export function hasLayout(graph: CareerGraph): boolean {
  return cache.has(graph);
}

export function placeCareerMap(graph: CareerGraph): CareerLayout {
  const known = cache.get(graph);
  if (known) return known;
  const started = performance.now();
  const layout = layoutWithLabels(graph, undefined, arrangements.get(graph));
  cache.set(graph, layout);
  performance.measure("career-map:layout", { start: started });
  return layout;
}
