import { useCallback, useRef, useState } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import type { ValidationError, ValidationResult } from "../../domain/format/validationError.ts";
import { useAppStore } from "../../store/appStore.ts";

/** Reads and checks the picked files; the app hands in one that works off the main thread. */
export type ReadMapFiles = (files: readonly File[]) => Promise<ValidationResult<CareerGraph>>;

/** A file that takes longer than this to open gets a visible progress indicator. */
const PROGRESS_AFTER_MS = 500;

export type Outcome =
  | { readonly kind: "none" }
  | { readonly kind: "opening"; readonly fileName: string }
  | { readonly kind: "opened"; readonly message: string }
  | {
      readonly kind: "failed";
      /** Counts failures, so a second refusal in a row mounts a fresh report that takes focus again. */
      readonly attempt: number;
      readonly fileName: string;
      readonly errors: readonly ValidationError[];
    };

/**
 * Opens the map file(s) a person picked or dropped: checked in full before it replaces the map (R1); on
 * failure the errors show and the current map stays. Only the latest pick may land: an earlier, slower
 * read must not replace a later one (T27).
 */
export function useMapFileOpener(readMapFiles: ReadMapFiles) {
  const loadGraph = useAppStore((state) => state.loadGraph);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  const latest = useRef(0);

  const open = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const ticket = ++latest.current;
      const fileName = files.map((file) => file.name).join(" and ");
      // The map shown stays until the new one is ready; a slow open says so after half a second.
      const progress = setTimeout(() => setOutcome({ kind: "opening", fileName }), PROGRESS_AFTER_MS);
      const result = await readMapFiles(files);
      clearTimeout(progress);
      if (ticket !== latest.current) return;
      if (!result.ok) {
        setOutcome({ kind: "failed", attempt: ticket, fileName, errors: result.errors });
        return;
      }
      loadGraph(result.value);
      setOutcome({
        kind: "opened",
        message: `Opened ${fileName}: ${result.value.nodes.length} positions and credentials.`,
      });
    },
    [loadGraph, readMapFiles],
  );

  /** Cancels any read still running, so that what the caller does next is not overwritten. */
  const supersede = useCallback(() => {
    latest.current++;
  }, []);

  return { outcome, setOutcome, open, supersede };
}
