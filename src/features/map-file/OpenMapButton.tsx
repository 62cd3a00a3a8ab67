import type { CareerGraph } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import { useFileDrop } from "./useFileDrop.ts";
import { type ReadMapFiles, useMapFileOpener } from "./useMapFileOpener.ts";
import "./map-file.css";

/** The error report loads when a file is first refused. */
const errorReport = lazyPart(() => import("./MapFileErrors.tsx"));

/**
 * "Open map…": loads a career map the person picks, a .json file or the .csv sheets of one (see
 * useMapFileOpener); on failure the errors show and the current map stays. A file dropped anywhere on
 * the page opens the same way. "Restore the bundled map" appears while a map of the person's own is
 * loaded.
 */
export function OpenMapButton({
  bundledGraph,
  readFiles,
}: {
  readonly bundledGraph: CareerGraph | null;
  readonly readFiles: ReadMapFiles;
}) {
  const graph = useAppStore(selectGraph);
  const loadGraph = useAppStore((state) => state.loadGraph);
  const { outcome, setOutcome, open, supersede } = useMapFileOpener(readFiles);
  const dragging = useFileDrop(open);
  const report = usePart(errorReport, outcome.kind === "failed");

  const restore = () => {
    if (!bundledGraph) return;
    supersede();
    loadGraph(bundledGraph);
    setOutcome({ kind: "opened", message: "Restored the bundled map." });
  };

  return (
    <div className="map-file popover-anchor">
      <label className="control-button map-file-open">
        Open map…
        <input
          type="file"
          accept=".json,.csv,.tsv,application/json,text/csv"
          multiple
          className="visually-hidden"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that picking the same file again (after fixing it) fires a change.
            event.target.value = "";
            void open(files);
          }}
        />
      </label>
      {bundledGraph && graph && graph !== bundledGraph ? (
        <button type="button" className="control-button" onClick={restore}>
          Restore the bundled map
        </button>
      ) : null}
      {dragging ? (
        <div className="map-file-drop" aria-hidden="true">
          <p>Drop a career map (.json, or .csv sheets) to open it</p>
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {outcome.kind === "opened" ? outcome.message : ""}
      </p>
      {outcome.kind === "opening" ? (
        <p className="map-file-progress popover">
          <progress aria-label={`Opening ${outcome.fileName}`} /> Opening {outcome.fileName}…
        </p>
      ) : null}
      {outcome.kind === "failed" ? (
        report.module ? (
          <report.module.MapFileErrors
            key={outcome.attempt}
            fileName={outcome.fileName}
            errors={outcome.errors}
            onDismiss={() => setOutcome({ kind: "none" })}
          />
        ) : (
          <PartPending failed={report.failed} what={`report on ${outcome.fileName}`} onRetry={report.retry} />
        )
      ) : null}
    </div>
  );
}
