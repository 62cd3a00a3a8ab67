import { useSyncExternalStore } from "react";
import type { ProgressFeed } from "./progressFeed.ts";
import { focusLost } from "./useFocusAfterTask.ts";

const PHASE_WORDS = { drawing: "drawing the map", encoding: "encoding the file" } as const;

/**
 * The progress of a large export and its Cancel button. Shown once the export reports progress (large
 * pictures drawn in slices); a small export is done before it would matter. The bar is a native
 * `progress` (role progressbar) whose value text gives the percent and the phase.
 */
export function ExportProgress({
  feed,
  onCancel,
}: {
  readonly feed: ProgressFeed;
  readonly onCancel: () => void;
}) {
  const progress = useSyncExternalStore(feed.subscribe, feed.current);
  if (!progress) return null;
  const percent = Math.round(progress.done * 100);
  const words = `${percent}%, ${PHASE_WORDS[progress.phase]}`;
  return (
    <div className="export-progress">
      <progress max={100} value={percent} aria-label="Export progress" aria-valuetext={words} />
      <span className="export-progress-text" aria-hidden="true">
        {percent}% · {PHASE_WORDS[progress.phase]}
      </span>
      <button
        type="button"
        className="control-button"
        onClick={onCancel}
        // Download, pressed from the keyboard, is disabled now: Cancel takes the focus it dropped.
        ref={(button) => {
          if (button && focusLost()) button.focus();
        }}
      >
        Cancel export
      </button>
    </div>
  );
}
