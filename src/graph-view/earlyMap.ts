import type { Core } from "cytoscape";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { isLargeGraph } from "../domain/mapScale.ts";
import { showInitialView } from "./initialView.ts";
import { mapLooks } from "./mapLooks.ts";
import { type MapStage, mapStage } from "./mapStage.ts";
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
 * Shows the instance drawn early for this graph in the map view's stage, once: its box moves there, and it
 * is fitted again only if the stage is not the size it was drawn for. Null when none was drawn, it was for
 * another graph, or it cannot be moved; an instance not taken is destroyed, and the map view draws anew.
 */
export function adoptEarlyMap(graph: CareerGraph, stage: MapStage, box: HTMLElement): Core | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (taken.graph !== graph || taken.cy.destroyed() || !stage.adopt(taken.cy)) {
    taken.cy.destroy();
    return null;
  }
  taken.cy.resize();
  if (sizeOf(box) !== taken.size) showInitialView(taken.cy);
  return taken.cy;
}
