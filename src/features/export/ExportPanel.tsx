import { useMemo } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import { careerMapBlob } from "../../ui/careerMapJson.ts";
import { CSV_TEMPLATE_URL } from "../../ui/csvTemplate.ts";
import { type ExportPlan, LARGE_FILE_BYTES, type MapExporter } from "../../ui/mapExporter.ts";
import { ExportOptions } from "./ExportOptions.tsx";
import { ExportProgress } from "./ExportProgress.tsx";
import { ExportSize } from "./ExportSize.tsx";
import {
  DEFAULT_SETTINGS,
  type ExportSettings,
  exportCaption,
  exportRequest,
  SCALES,
  SMALL_SCALES,
} from "./exportSettings.ts";
import { exportFileName } from "./fileNames.ts";
import type { RoutePlanPrint } from "./PrintRoutePlan.tsx";
import { saveExport } from "./saveExport.ts";
import { smallerScale } from "./smallerScale.ts";
import { useDrawnRouteInfo } from "./useDrawnRouteInfo.ts";
import { useFocusAfterTask } from "./useFocusAfterTask.ts";
import { usePrintRoutePlan } from "./usePrintRoutePlan.ts";
import type { RunTask, TaskStatus } from "./useTaskStatus.ts";

interface ExportPanelProps {
  readonly graph: CareerGraph;
  readonly settings: ExportSettings;
  readonly onSettingsChange: (change: Partial<ExportSettings>) => void;
  readonly exporter: MapExporter | null;
  readonly status: TaskStatus;
  readonly run: RunTask;
  readonly onCancel: () => void;
  /** Puts a printed route plan into the page (the menu keeps it after the panel closes). */
  readonly onPrinted: (plan: RoutePlanPrint) => void;
  /** The theme on screen, which the picture may take instead of the light one. */
  readonly screenTheme: "light" | "dark";
  readonly failure: string | null;
}

const isLarge = (plan: ExportPlan | undefined) =>
  plan !== undefined && (!plan.fits || plan.estimatedBytes > LARGE_FILE_BYTES);

/** The panel's body: options, the size the image will have, Download, Print route plan, and the status. */
export function ExportPanel(props: ExportPanelProps) {
  const { graph, settings, exporter, status, run, onPrinted, screenTheme } = props;
  const route = useDrawnRouteInfo();
  const print = usePrintRoutePlan(exporter, onPrinted);
  const { format } = settings;
  const area = settings.area === "route" && !route ? "full" : settings.area;
  const chosen = { ...settings, area };
  const summary = route?.summary ?? null;
  const day = new Date().toDateString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caption's date changes with the day only.
  const caption = useMemo(
    () => exportCaption(graph.title, area, new Date(), summary),
    [graph.title, area, summary, day],
  );
  const imageFormat = format === "json" ? null : format;
  const { background, withCaption, look } = settings;
  // Planning measures the map (its bounding box and legend, slow on a large map), so it follows the options
  // rather than every render: progress and status changes do not plan again.
  const plans = useMemo(() => {
    const planned = new Map<number, ExportPlan>();
    if (!exporter || !imageFormat) return planned;
    const options = { ...DEFAULT_SETTINGS, area, background, withCaption, look };
    for (const scale of imageFormat === "svg" ? [1] : [...SMALL_SCALES, ...SCALES]) {
      planned.set(scale, exporter.plan(exportRequest(options, imageFormat, scale, caption, screenTheme)));
    }
    return planned;
  }, [exporter, imageFormat, area, background, withCaption, look, caption, screenTheme]);
  const offered: number[] = isLarge(plans.get(1)) ? [...SMALL_SCALES, ...SCALES] : [...SCALES];
  const fitting = offered.filter((scale) => plans.get(scale)?.fits);
  const fallback = fitting.includes(DEFAULT_SETTINGS.scale)
    ? DEFAULT_SETTINGS.scale
    : (fitting.at(-1) ?? null);
  const scale = imageFormat === "svg" ? 1 : fitting.includes(settings.scale) ? settings.scale : fallback;
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
      ({ progress, signal }) =>
        saveExport(() => exporter.render(request, { onProgress: progress.report, signal }), fileName),
      imageFormat === "svg" ? "Preparing SVG…" : "Preparing image…",
    );
  };

  const working = status.kind === "working";
  const remember = useFocusAfterTask(working);
  const blocked = imageFormat !== null && (!exporter || scale === null);
  return (
    <>
      <ExportOptions
        settings={chosen}
        onChange={props.onSettingsChange}
        plans={plans}
        scales={offered}
        scale={scale ?? settings.scale}
        hasRoute={route !== null}
        screenTheme={screenTheme}
      />
      <ExportSize
        format={format}
        plan={plan}
        ready={exporter !== null}
        failure={props.failure}
        large={isLarge(plan ?? undefined)}
        smaller={imageFormat === "svg" || scale === null ? null : smallerScale(plans, offered, scale)}
        onUseScale={(value) => props.onSettingsChange({ scale: value })}
      />
      <div className="export-actions">
        <button
          type="button"
          className="control-button export-download"
          onClick={(event) => {
            remember(event);
            download();
          }}
          disabled={working || blocked}
        >
          Download
        </button>
        {route ? (
          <button
            type="button"
            className="control-button"
            onClick={(event) => {
              remember(event);
              void run(() => print(graph.title, route), "Preparing the route plan…");
            }}
            disabled={working}
          >
            Print route plan
          </button>
        ) : null}
      </div>
      {status.kind === "working" ? <ExportProgress feed={status.progress} onCancel={props.onCancel} /> : null}
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
