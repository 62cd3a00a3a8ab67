import { useCallback, useRef, useState } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import type { ValidationError } from "../../domain/format/validationError.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { MapFileErrors } from "./MapFileErrors.tsx";
import { readMapFile } from "./readMapFile.ts";
import "./map-file.css";

type Outcome =
  | { readonly kind: "none" }
  | { readonly kind: "opened"; readonly message: string }
  | { readonly kind: "failed"; readonly fileName: string; readonly errors: readonly ValidationError[] };

/**
 * "Open map…": loads a career map file the person picks, checked in full before it replaces the map (R1);
 * on failure the errors show and the current map stays. "Restore the bundled map" appears while a map of
 * the person's own is loaded.
 */
export function OpenMapButton({ bundledGraph }: { readonly bundledGraph: CareerGraph | null }) {
  const graph = useAppStore(selectGraph);
  const loadGraph = useAppStore((state) => state.loadGraph);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  // Only the latest pick may land: an earlier, slower read must not replace a later one (T27).
  const latest = useRef(0);

  const open = useCallback(
    async (file: File) => {
      const ticket = ++latest.current;
      const result = await readMapFile(file);
      if (ticket !== latest.current) return;
      if (!result.ok) {
        setOutcome({ kind: "failed", fileName: file.name, errors: result.errors });
        return;
      }
      loadGraph(result.value);
      setOutcome({
        kind: "opened",
        message: `Opened ${file.name}: ${result.value.nodes.length} positions and credentials.`,
      });
    },
    [loadGraph],
  );

  const restore = () => {
    if (!bundledGraph) return;
    latest.current++;
    loadGraph(bundledGraph);
    setOutcome({ kind: "opened", message: "Restored the bundled map." });
  };

  return (
    <div className="map-file popover-anchor">
      <label className="control-button map-file-open">
        Open map…
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that picking the same file again (after fixing it) fires a change.
            event.target.value = "";
            if (file) void open(file);
          }}
        />
      </label>
      {bundledGraph && graph && graph !== bundledGraph ? (
        <button type="button" className="control-button" onClick={restore}>
          Restore the bundled map
        </button>
      ) : null}
      <p className="visually-hidden" role="status">
        {outcome.kind === "opened" ? outcome.message : ""}
      </p>
      {outcome.kind === "failed" ? (
        <MapFileErrors
          fileName={outcome.fileName}
          errors={outcome.errors}
          onDismiss={() => setOutcome({ kind: "none" })}
        />
      ) : null}
    </div>
  );
}
