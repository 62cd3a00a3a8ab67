import type { ElementDefinition } from "cytoscape";
import type { CareerGraph } from "../domain/careerGraph.ts";
import type { CareerLayout } from "../domain/layout/types.ts";
import { placeCareerMap } from "./placeCareerMap.ts";
import { toElements } from "./toElements.ts";

/** A layout belongs to one graph (placeCareerMap keeps one per graph object), so it keys its elements. */
const elementsByLayout = new WeakMap<CareerLayout, ElementDefinition[]>();

/**
 * The Cytoscape elements of a graph at its layout, made once per layout. A big map's are made ahead, in a
 * task of their own, before it goes into the store (app/prepareToShow.ts); the map view then finds them.
 * Cytoscape reads the definitions and keeps their objects; nothing here moves a node afterwards.
 */
export function mapElementsFor(graph: CareerGraph, placed: CareerLayout = placeCareerMap(graph)) {
  const known = elementsByLayout.get(placed);
  if (known) return known;
  const made = toElements(graph, placed);
  elementsByLayout.set(placed, made);
  return made;
}
