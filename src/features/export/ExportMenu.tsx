import { lazy, Suspense, useState } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { selectTheme } from "../../store/themeSlice.ts";
import type { MapExporter } from "../../ui/mapExporter.ts";
import { PopoverButton } from "../../ui/PopoverButton.tsx";
import { usePopover } from "../../ui/usePopover.ts";
import { DEFAULT_SETTINGS, type ExportSettings } from "./exportSettings.ts";
import type { RoutePlanPrint } from "./PrintRoutePlan.tsx";
import { printView } from "./printView.ts";
import { useTaskStatus } from "./useTaskStatus.ts";
import "./print.css";
import "./export.css";

/** Loaded when the menu first opens: the first view of the map does not need it. */
const ExportPanel = lazy(() =>
  import("./ExportPanel.tsx").then((module) => ({ default: module.ExportPanel })),
);

/** The header's "Export" button and its panel; also holds the print-only route plan once one is printed. */
export function ExportMenu({
  exporter,
  failure = null,
}: {
  readonly exporter: MapExporter | null;
  /** Why images cannot be exported (the canvas failed), or null. */
  readonly failure?: string | null;
}) {
  const graph = useAppStore(selectGraph);
  const screenTheme = useAppStore(selectTheme);
  const popover = usePopover();
  const { open, containerRef, panelId } = popover;
  // Kept here so the choices survive closing and reopening the panel.
  const [settings, setSettings] = useState<ExportSettings>(DEFAULT_SETTINGS);
  const { status, run, cancel } = useTaskStatus();
  const [printed, setPrinted] = useState<RoutePlanPrint | null>(null);
  // Loaded before a plan is set (usePrintRoutePlan), so it is there when the plan is.
  const print = printView.loaded();

  return (
    <div className="export-menu popover-anchor" ref={containerRef}>
      <PopoverButton popover={popover} disabled={!graph}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M2.5 11.5v2h11v-2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Export
      </PopoverButton>
      <div
        id={panelId}
        className="export-panel popover"
        role="dialog"
        aria-label="Export the map"
        hidden={!open}
      >
        {open && graph ? (
          <Suspense fallback={<p className="export-status">Loading…</p>}>
            <ExportPanel
              graph={graph}
              settings={settings}
              onSettingsChange={(change) => setSettings((value) => ({ ...value, ...change }))}
              exporter={exporter}
              screenTheme={screenTheme}
              failure={failure}
              status={status}
              run={run}
              onPrinted={setPrinted}
              onCancel={cancel}
            />
          </Suspense>
        ) : null}
      </div>
      {printed && print ? <print.PrintRoutePlan plan={printed} /> : null}
    </div>
  );
}
