import type { Core } from "cytoscape";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { isLargeGraph } from "../domain/mapScale.ts";
import { mapLooks } from "./mapLooks.ts";
import { mapStage } from "./mapStage.ts";
import { placeCareerMap } from "./placeCareerMap.ts";
import { toElements } from "./toElements.ts";

/** The map drawn before React has loaded, until the map view takes it over. */
let early: { readonly graph: CareerGraph; readonly cy: Core; readonly size: string } | null = null;

const sizeOf = (element: HTMLElement) => `${element.clientWidth}x${element.clientHeight}`;

/**
 * Draws a small map into the prerendered page's map box before React has loaded, with the stylesheet the
 * map view will use (mapLooks is one object per graph), so the map view can take the same instance over
 * instead of drawing it again (docs/decisions/0024-prerendered-first-view.md). Calls `drawn` after the
 * first frame is on screen. Large maps are built in slices by the map view instead.
 */
export function drawMapEarly(container: HTMLElement, graph: CareerGraph, drawn: () => void): boolean {
  if (isLargeGraph(graph) || early) return false;
  const elements = toElements(graph, placeCareerMap(graph));
  const looks = mapLooks(graph);
  // The benchmark reads these marks, as on the way through React (CareerGraphView.tsx).
  performance.mark("career-map:page-rendered");
  const build = mapStage(container).build(
    { elements, careerNodes: graph.nodes.length, style: looks.stylesheet(looks.current()), headless: false },
    () => {},
  );
  const cy = build.made;
  if (!cy) return false;
  performance.mark("career-map:map-created");
  cy.one("render", () => {
    performance.mark("career-map:first-draw");
    drawn();
  });
  early = { graph, cy, size: sizeOf(container) };
  return true;
}

/**
 * The instance drawn early for this graph, once: the map view moves it into its own box. Null when none
 * was, or it was for another graph. `refit` says the box is not the size it was drawn for.
 */
export function takeEarlyMap(graph: CareerGraph, box: HTMLElement): { cy: Core; refit: boolean } | null {
  const taken = early;
  early = null;
  if (!taken || taken.graph !== graph || taken.cy.destroyed()) {
    taken?.cy.destroy();
    return null;
  }
  return { cy: taken.cy, refit: sizeOf(box) !== taken.size };
}
