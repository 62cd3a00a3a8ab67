import type { Core, StylesheetJson } from "cytoscape";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { isLargeGraph } from "../domain/mapScale.ts";
import { useAppStore } from "../store/appStore.ts";
import { selectTheme } from "../store/themeSlice.ts";
import type { MapExporter } from "../ui/mapExporter.ts";
import { bindMapEvents } from "./bindMapEvents.ts";
import { connectMapToStore } from "./connectMapToStore.ts";
import { connectPlanMarks } from "./connectPlanMarks.ts";
import { DrawingProgress } from "./DrawingProgress.tsx";
import { adoptEarlyMap } from "./earlyMap.ts";
import type { ExportLooks } from "./export/exportLooks.ts";
import { mapElementsFor } from "./mapElements.ts";
import { mapLooks } from "./mapLooks.ts";
import { type MapStage, mapStage } from "./mapStage.ts";
import { placeCareerMap } from "./placeCareerMap.ts";
import { useDrawnGraph } from "./useDrawnGraph.ts";
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
 * The career map canvas: a fresh Cytoscape instance per map drawn, so nothing of the previous map survives a
 * swap; a new graph that draws the same map (an edit of a summary or facts) keeps the instance. A large map
 * is built a slice at a time while the previous map stays in view (mapStage); highlights arrive by
 * subscription.
 */
export function CareerGraphView({ graph, headless = false, onReady, onExporterReady }: CareerGraphViewProps) {
  const { drawn, layingOut } = useDrawnGraph(graph);
  const placed = useMemo(() => placeCareerMap(drawn), [drawn]);
  const elements = useMemo(() => mapElementsFor(drawn, placed), [drawn, placed]);
  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useRef<MapStage | null>(null);
  const looks = useMemo(() => mapLooks(drawn), [drawn]);
  const theme = useAppStore(selectTheme);
  // A large map takes the other theme as a new instance, built in slices behind the one shown as after an
  // edit: swapping the stylesheet of its 20,000 elements held the page for 1.7–1.9 s (decision 0014).
  const builtTheme = isLargeGraph(drawn) ? theme : null;
  // The instance shown with the looks it was made with: a new graph's looks arrive before its instance.
  const [shown, setShown] = useState<{ readonly cy: Core; readonly looks: ExportLooks } | null>(null);
  const cy = shown?.cy ?? null;
  const [drawing, setDrawing] = useState<number | null>(null);
  // A drawing deferred past the effect would escape the error boundary; it is rethrown from here instead.
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  if (failure) throw failure.error;
  // Which stylesheet each instance was created with, so a new instance is not restyled for nothing.
  const sheets = useRef(new WeakMap<Core, StylesheetJson>());

  // Before the browser paints: a small map's Cytoscape then draws in the first frame rather than one later.
  useLayoutEffect(() => {
    const element = stageRef.current;
    if (!element) return;
    stage.current ??= mapStage(element);
    const current = stage.current;
    const style = looks.stylesheet(builtTheme ?? looks.current());
    const show = (created: Core) => {
      sheets.current.set(created, style);
      bindMapEvents(created, useAppStore.getState);
      setShown({ cy: created, looks });
      setDrawing(null);
    };
    // Drawn before React loaded, in a box of the same place and size (earlyMap.ts); it only moves here.
    const early = headless ? null : adoptEarlyMap(drawn, current, element);
    if (early) {
      show(early);
      return () => setShown(null);
    }
    // The benchmark reads these marks, with "career-map:first-draw" below (scripts/bench/firstDraw.ts).
    performance.mark("career-map:page-rendered");
    const build = current.build({ elements, careerNodes: drawn.nodes.length, style, headless }, setDrawing);
    const marked = (created: Core) => {
      performance.mark("career-map:map-created");
      // The benchmark reads this mark: navigation start to the first frame Cytoscape paints.
      created.one("render", () => performance.mark("career-map:first-draw"));
      show(created);
    };
    if (build.made) marked(build.made);
    else
      build.ready.then(
        (created) => (created ? marked(created) : undefined),
        (error) => setFailure({ error }),
      );
    return () => {
      build.cancel();
      setShown(null);
    };
  }, [elements, drawn, headless, looks, builtTheme]);

  // The stage outlives map swaps; it goes with the component.
  useEffect(() => () => stage.current?.destroy(), []);

  // On a map that is not large the theme changes the stylesheet only; elements, view and highlights stay.
  useEffect(() => {
    if (!shown || shown.cy.destroyed() || builtTheme !== null) return;
    const sheet = shown.looks.stylesheet(theme);
    if (sheets.current.get(shown.cy) === sheet) return;
    sheets.current.set(shown.cy, sheet);
    shown.cy.style(sheet);
  }, [shown, theme, builtTheme]);

  useEffect(() => {
    if (!shown || shown.cy.destroyed()) return;
    const { cy, looks } = shown;
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
  }, [shown, onReady, onExporterReady, headless]);

  return (
    <div className="map-canvas-wrap">
      <div ref={stageRef} className="map-canvas" style={CONTAINER_STYLE} />
      <ZoomControls cy={cy} />
      {layingOut || drawing !== null ? (
        <DrawingProgress nodes={graph.nodes.length} done={layingOut ? null : drawing} />
      ) : null}
    </div>
  );
}
