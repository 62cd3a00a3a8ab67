import type { CareerGraph } from "../../domain/careerGraph.ts";
import { careerMapBlob } from "../../ui/careerMapJson.ts";
import { CSV_TEMPLATE_URL } from "../../ui/csvTemplate.ts";
import type { ExportPlan, MapExporter } from "../../ui/mapExporter.ts";
import { ExportOptions } from "./ExportOptions.tsx";
import { ExportSize } from "./ExportSize.tsx";
import { type ExportSettings, exportCaption, exportRequest, SCALES } from "./exportSettings.ts";
import { exportFileName } from "./fileNames.ts";
import type { RoutePlanPrint } from "./PrintRoutePlan.tsx";
import { saveExport } from "./saveExport.ts";
import { useDrawnRouteInfo } from "./useDrawnRouteInfo.ts";
import { usePrintRoutePlan } from "./usePrintRoutePlan.ts";
import type { TaskStatus } from "./useTaskStatus.ts";

interface ExportPanelProps {
  readonly graph: CareerGraph;
  readonly settings: ExportSettings;
  readonly onSettingsChange: (change: Partial<ExportSettings>) => void;
  readonly exporter: MapExporter | null;
  readonly status: TaskStatus;
  readonly run: (task: () => Promise<string>, working: string) => Promise<void>;
  /** Puts a printed route plan into the page (the menu keeps it after the panel closes). */
  readonly onPrinted: (plan: RoutePlanPrint) => void;
  /** The theme on screen, which the picture may take instead of the light one. */
  readonly screenTheme: "light" | "dark";
  readonly failure: string | null;
}

/** The panel's body: options, the size the image will have, Download, Print route plan, and the status. */
export function ExportPanel(props: ExportPanelProps) {
  const { graph, settings, exporter, status, run, onPrinted, screenTheme } = props;
  const route = useDrawnRouteInfo();
  const print = usePrintRoutePlan(exporter, onPrinted);
  const { format } = settings;
  const area = settings.area === "route" && !route ? "full" : settings.area;
  const chosen = { ...settings, area };
  const caption = exportCaption(graph.title, area, new Date(), route?.summary ?? null);
  const imageFormat = format === "json" ? null : format;
  // Plans are cheap (a bounding box and some text measuring), so they follow every change of the options.
  const plans = new Map<number, ExportPlan>();
  if (exporter && imageFormat) {
    for (const scale of imageFormat === "svg" ? [1] : SCALES) {
      plans.set(scale, exporter.plan(exportRequest(chosen, imageFormat, scale, caption, screenTheme)));
    }
  }
  const fitting = [...plans].filter(([, plan]) => plan.fits).map(([scale]) => scale);
  const scale =
    imageFormat === "svg" ? 1 : fitting.includes(settings.scale) ? settings.scale : (fitting.at(-1) ?? null);
  const plan = scale === null ? null : (plans.get(scale) ?? null);
  const ends = route ? { from: route.explanation.start.label, to: route.explanation.end.label } : null;

  const download = () => {
    const now = new Date();
    if (imageFormat === null) {
      const fileName = exportFileName({ extension: "json", area, route: ends, now });
      void run(() => saveExport(async () => careerMapBlob(graph), fileName), "Preparing the map file…");
      return;
    }
    if (!exporter || scale === null) return;
    const request = exportRequest(chosen, imageFormat, scale, caption, screenTheme);
    const extension = imageFormat === "jpeg" ? "jpg" : imageFormat;
    const fileName = exportFileName({ extension, area, route: ends, now });
    void run(
      () => saveExport(() => exporter.render(request), fileName),
      imageFormat === "svg" ? "Preparing SVG…" : "Preparing image…",
    );
  };

  const working = status.kind === "working";
  const blocked = imageFormat !== null && (!exporter || scale === null);
  return (
    <>
      <ExportOptions
        settings={chosen}
        onChange={props.onSettingsChange}
        plans={plans}
        scale={scale ?? settings.scale}
        hasRoute={route !== null}
        screenTheme={screenTheme}
      />
      <ExportSize format={format} plan={plan} ready={exporter !== null} failure={props.failure} />
      <div className="export-actions">
        <button
          type="button"
          className="control-button export-download"
          onClick={download}
          disabled={working || blocked}
        >
          Download
        </button>
        {route ? (
          <button
            type="button"
            className="control-button"
            onClick={() => void run(() => print(graph.title, route), "Preparing the route plan…")}
            disabled={working}
          >
            Print route plan
          </button>
        ) : null}
      </div>
      <p className="export-template">
        Build your own map in a spreadsheet:{" "}
        <a href={CSV_TEMPLATE_URL} download="career-map-template.csv">
          CSV template
        </a>
      </p>
      <p className="export-status" role="status" aria-live="polite">
        {status.kind === "working" || status.kind === "done" ? status.message : ""}
      </p>
      <p className="export-error" role="alert">
        {status.kind === "failed" ? status.message : ""}
      </p>
    </>
  );
}
