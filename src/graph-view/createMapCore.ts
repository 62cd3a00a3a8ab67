import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import { LARGE_MAP_NODES } from "../domain/mapScale.ts";
import { drawDirectly } from "./drawDirectly.ts";
import { MAP_ZOOM } from "./zoom.ts";

export interface MapCoreOptions {
  readonly container: HTMLElement;
  readonly elements: ElementDefinition[];
  readonly careerNodes: number;
  /** The map's stylesheet in the theme shown (mapLooks). */
  readonly style: StylesheetJson;
  /** Without a canvas (component tests in jsdom); events and classes still work. */
  readonly headless: boolean;
}

/**
 * The Cytoscape instance for one loaded map, created here rather than through a React wrapper so that the
 * elements go in once, with the stylesheet, and large maps get Cytoscape's own options for them: edges
 * hidden and a cached texture while the view moves (docs/decisions/0014-large-maps.md), and small ones are
 * drawn without Cytoscape's texture caches (drawDirectly.ts). `elements` may be empty, for a map whose
 * elements go in slice by slice (createMapInSlices.ts).
 */
export function createMapCore({ container, elements, careerNodes, style, headless }: MapCoreOptions): Core {
  const large = careerNodes > LARGE_MAP_NODES;
  const cy = cytoscape({
    container,
    headless,
    elements,
    style,
    layout: { name: "preset", fit: false },
    minZoom: MAP_ZOOM.min,
    maxZoom: MAP_ZOOM.max,
    boxSelectionEnabled: false,
    autounselectify: true,
    autoungrabify: true,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
  });
  if (!headless && !large) drawDirectly(cy);
  return cy;
}
