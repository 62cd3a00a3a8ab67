import type { Core } from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { useAppStore } from "../store/appStore.ts";
import type { MapExporter } from "../ui/mapExporter.ts";
import { bindMapEvents } from "./bindMapEvents.ts";
import { connectMapToStore } from "./connectMapToStore.ts";
import { createMapExporter } from "./export/createMapExporter.ts";
import { placeCareerMap } from "./placeCareerMap.ts";
import { MAP_STYLESHEET } from "./stylesheet.ts";
import { toElements } from "./toElements.ts";
import { ZoomControls } from "./ZoomControls.tsx";
import { MAP_ZOOM } from "./zoom.ts";

const PRESET_LAYOUT = { name: "preset", fit: false } as const;
const CONTAINER_STYLE = { width: "100%", height: "100%" } as const;

export interface CareerGraphViewProps {
  readonly graph: CareerGraph;
  /** Renders without a canvas (component tests in jsdom); events and classes still work. */
  readonly headless?: boolean;
  /** Called with each new Cytoscape instance, for features such as image export. */
  readonly onReady?: (cy: Core) => void;
  /** Called with an image exporter for each new Cytoscape instance; the export menu needs no Cytoscape. */
  readonly onExporterReady?: (exporter: MapExporter) => void;
}

const serials = new WeakMap<CareerGraph, number>();
let lastSerial = 0;

/** A fresh Cytoscape instance per loaded graph, so nothing of the previous map survives a swap. */
function graphSerial(graph: CareerGraph): number {
  const known = serials.get(graph);
  if (known !== undefined) return known;
  lastSerial += 1;
  serials.set(graph, lastSerial);
  return lastSerial;
}

/** The career map canvas. Elements change only when a new graph loads; highlights arrive by subscription. */
export function CareerGraphView({ graph, headless = false, onReady, onExporterReady }: CareerGraphViewProps) {
  const placed = useMemo(() => placeCareerMap(graph), [graph]);
  const elements = useMemo(() => toElements(graph, placed), [graph, placed]);
  const [cy, setCy] = useState<Core | null>(null);
  const bound = useRef(new WeakSet<Core>());

  const receiveCy = (instance: Core) => {
    if (bound.current.has(instance)) return;
    bound.current.add(instance);
    bindMapEvents(instance, useAppStore.getState);
    setCy(instance);
  };

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const disconnect = connectMapToStore(cy);
    onReady?.(cy);
    onExporterReady?.(createMapExporter(cy));
    // The browser tests click nodes on the real canvas; only the e2e build exposes the instance for that.
    // The benchmark also draws routes through the store, as the route finder does.
    if (import.meta.env.MODE === "e2e") Object.assign(window, { __cy: cy, __careerMapStore: useAppStore });
    cy.container()?.setAttribute("data-map-ready", "true");
    // The benchmark reads this mark: navigation start to the first frame Cytoscape paints.
    cy.one("render", () => performance.mark("career-map:first-draw"));
    return disconnect;
  }, [cy, onReady, onExporterReady]);

  return (
    <div className="map-canvas-wrap">
      <CytoscapeComponent
        key={graphSerial(graph)}
        elements={elements}
        stylesheet={MAP_STYLESHEET}
        layout={PRESET_LAYOUT}
        style={CONTAINER_STYLE}
        className="map-canvas"
        minZoom={MAP_ZOOM.min}
        maxZoom={MAP_ZOOM.max}
        boxSelectionEnabled={false}
        autounselectify={true}
        headless={headless}
        cy={receiveCy}
      />
      {cy ? <ZoomControls cy={cy} /> : null}
    </div>
  );
}
