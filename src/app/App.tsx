import { useCallback, useMemo, useRef, useState } from "react";
import { SidePanel } from "../features/details/SidePanel.tsx";
import { EditedBadge } from "../features/editor/EditedBadge.tsx";
import { EditMapToggle } from "../features/editor/EditMapToggle.tsx";
import { EditToolbar } from "../features/editor/EditToolbar.tsx";
import { NodeEditor } from "../features/editor/NodeEditor.tsx";
import { SetAsideMaps } from "../features/editor/SetAsideMaps.tsx";
import { ExportMenu } from "../features/export/ExportMenu.tsx";
import { FilterPanel } from "../features/filters/FilterPanel.tsx";
import { Legend } from "../features/legend/Legend.tsx";
import { OpenMapButton } from "../features/map-file/OpenMapButton.tsx";
import { MyPlanButton } from "../features/plan/MyPlanButton.tsx";
import { NodePlanSlot } from "../features/plan/NodePlanSlot.tsx";
import { PlanStatusBanner } from "../features/plan/PlanStatusBanner.tsx";
import { RouteEndButtons } from "../features/route-finder/RouteEndButtons.tsx";
import { RouteFinderToggle } from "../features/route-finder/RouteFinderToggle.tsx";
import { RoutePanel } from "../features/route-finder/RoutePanel.tsx";
import { SearchBox } from "../features/search/SearchBox.tsx";
import { ThemeToggle } from "../features/theme/ThemeToggle.tsx";
import { CareerGraphView } from "../graph-view/CareerGraphView.tsx";
import { useAppStore } from "../store/appStore.ts";
import { loadRouteEngine } from "../store/routeEngine.ts";
import { selectGraph } from "../store/selectors.ts";
import { preloadParts } from "../ui/lazyPart.ts";
import type { MapExporter } from "../ui/mapExporter.ts";
import { loadBundledMap } from "./bundledMap.ts";
import { MapLinkLoader } from "./links/MapLinkLoader.tsx";
import { OtherMapNotice } from "./links/OtherMapNotice.tsx";
import { MapErrorBoundary } from "./MapErrorBoundary.tsx";
import { openMapInWorker } from "./openMapInWorker.ts";
import { usePlanStorage } from "./plan/usePlanStorage.ts";
import { useEscapeClearsSelection } from "./useEscapeClearsSelection.ts";
import { useHeaderHeight } from "./useHeaderHeight.ts";
import { useRouteUrlSync } from "./useRouteUrlSync.ts";
import { useWarnBeforeLeavingEdits } from "./useWarnBeforeLeavingEdits.ts";

/** Other features' parts of the details panel (route ends, editor, My plan); a module constant, so the panel gets the same function. */
const nodeActions = (nodeId: string) => (
  <>
    <RouteEndButtons nodeId={nodeId} />
    <NodeEditor nodeId={nodeId} />
    <NodePlanSlot nodeId={nodeId} />
  </>
);

/** The page: header with search and filters, the map with its legend, and the details panel. */
export function App() {
  const bundled = useMemo(loadBundledMap, []);
  const graph = useAppStore(selectGraph);
  const routePanelOpen = useAppStore((state) => state.routePanelOpen);
  const [exporter, setExporter] = useState<MapExporter | null>(null);
  const [mapFailure, setMapFailure] = useState<string | null>(null);
  const mapDrawn = useCallback((ready: MapExporter) => {
    setExporter(ready);
    setMapFailure(null);
    // The map is drawn: now load what the first view left out, so first uses do not wait. A part that
    // fails here is asked for again when it is used, and says so there if it still cannot load.
    preloadParts().catch(() => {});
    loadRouteEngine().catch(() => {});
  }, []);
  const mapFailed = useCallback(() => {
    setExporter(null);
    setMapFailure("The map could not be drawn, so there is no picture to export. The JSON file still works.");
  }, []);
  const headerRef = useRef<HTMLElement>(null);
  useHeaderHeight(headerRef);
  useEscapeClearsSelection();
  usePlanStorage(bundled);
  useRouteUrlSync();
  useWarnBeforeLeavingEdits();

  return (
    <div className="app">
      <header className="app-header" ref={headerRef}>
        <h1 className="app-title" title={graph?.title}>
          {graph?.title ?? "Career Map"}
          <EditedBadge />
        </h1>
        <SearchBox />
        <div className="header-actions">
          <FilterPanel />
          <OpenMapButton bundledGraph={bundled} readFiles={openMapInWorker} />
          <ExportMenu exporter={exporter} failure={mapFailure} />
          <EditMapToggle />
          <MyPlanButton />
          <RouteFinderToggle />
          <ThemeToggle />
        </div>
      </header>
      <PlanStatusBanner />
      <SetAsideMaps />
      <MapLinkLoader />
      <OtherMapNotice bundled={bundled} />
      <main className="app-main" data-route-open={routePanelOpen}>
        <section className="map-area" aria-label="Career map">
          {graph ? (
            <MapErrorBoundary resetWith={graph} onFailure={mapFailed}>
              <CareerGraphView graph={graph} onExporterReady={mapDrawn} />
            </MapErrorBoundary>
          ) : null}
          <EditToolbar />
          <Legend />
          <RoutePanel />
        </section>
        <SidePanel nodeActions={nodeActions} />
      </main>
    </div>
  );
}
