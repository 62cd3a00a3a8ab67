import type { Core } from "cytoscape";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { isLargeGraph } from "../domain/mapScale.ts";
import { useAppStore } from "../store/appStore.ts";
import { selectTheme } from "../store/themeSlice.ts";
import type { MapExporter } from "../ui/mapExporter.ts";
import { bindMapEvents } from "./bindMapEvents.ts";
import { connectMapToStore } from "./connectMapToStore.ts";
import { connectPlanMarks } from "./connectPlanMarks.ts";
import { createMapCore } from "./createMapCore.ts";
import { mapLooks } from "./mapLooks.ts";
import { placeCareerMap } from "./placeCareerMap.ts";
import { toElements } from "./toElements.ts";
import { ZoomControls } from "./ZoomControls.tsx";
import "./map-drawing.css";

/** Set through the DOM (allowed by the CSP), as Cytoscape's own container rule makes the box relative. */
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

/**
 * The career map canvas: a fresh Cytoscape instance per loaded graph, so nothing of the previous map
 * survives a swap. Elements change only when a new graph loads; highlights arrive by subscription.
 */
export function CareerGraphView({ graph, headless = false, onReady, onExporterReady }: CareerGraphViewProps) {
  const placed = useMemo(() => placeCareerMap(graph), [graph]);
  const elements = useMemo(() => toElements(graph, placed), [graph, placed]);
  const containerRef = useRef<HTMLDivElement>(null);
  const looks = useMemo(() => mapLooks(graph), [graph]);
  const theme = useAppStore(selectTheme);
  const [cy, setCy] = useState<Core | null>(null);
  const [drawing, setDrawing] = useState(false);
  // A drawing deferred past the effect would escape the error boundary; it is rethrown from here instead.
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  // The theme whose stylesheet the instance has, so that it is not applied a second time on mount.
  const styledWith = useRef<string | null>(null);
  if (failure) throw failure.error;

  // Before the browser paints: Cytoscape then draws in the first frame rather than one frame later.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: Core | null = null;
    const create = () => {
      const theme = looks.current();
      const created = createMapCore({
        container,
        elements,
        careerNodes: graph.nodes.length,
        style: looks.stylesheet(theme),
        headless,
      });
      styledWith.current = theme;
      // The benchmark reads this mark: navigation start to the first frame Cytoscape paints.
      created.one("render", () => performance.mark("career-map:first-draw"));
      bindMapEvents(created, useAppStore.getState);
      instance = created;
      setCy(created);
      setDrawing(false);
    };
    // Drawing a large map holds the page for a while: say so first, and draw once that has been painted.
    let frame = 0;
    let timer = 0;
    if (isLargeGraph(graph) && !headless) {
      setDrawing(true);
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => {
          try {
            create();
          } catch (error) {
            setFailure({ error });
          }
        }, 0);
      });
    } else create();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      setCy(null);
      instance?.destroy();
    };
  }, [elements, graph, headless, looks]);

  // The theme changes the stylesheet only; elements, view and highlights stay.
  useEffect(() => {
    if (!cy || cy.destroyed() || styledWith.current === theme) return;
    styledWith.current = theme;
    cy.style(looks.stylesheet(theme));
  }, [cy, looks, theme]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const disconnect = connectMapToStore(cy, looks, headless);
    const disconnectMarks = connectPlanMarks(cy);
    onReady?.(cy);
    // The exporter loads after the map is drawn, long before anyone can open the Export menu.
    if (onExporterReady) {
      void import("./export/createMapExporter.ts").then(({ createMapExporter }) => {
        if (!cy.destroyed()) onExporterReady(createMapExporter(cy, looks));
      });
    }
    // The browser tests click nodes on the real canvas and the benchmark draws routes through the store, as
    // the route finder does; only the e2e build exposes the instance and the store for that.
    if (import.meta.env.MODE === "e2e") Object.assign(window, { __cy: cy, __careerMapStore: useAppStore });
    cy.container()?.setAttribute("data-map-ready", "true");
    return () => {
      disconnect();
      disconnectMarks();
    };
  }, [cy, onReady, onExporterReady, looks, headless]);

  return (
    <div className="map-canvas-wrap">
      <div ref={containerRef} className="map-canvas" style={CONTAINER_STYLE} />
      {cy ? <ZoomControls cy={cy} /> : null}
      {drawing ? (
        <p className="map-drawing" role="status">
          <progress aria-label="Drawing the map" /> Drawing {graph.nodes.length.toLocaleString("en")}{" "}
          positions and credentials…
        </p>
      ) : null}
    </div>
  );
}
