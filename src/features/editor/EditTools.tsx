import { useState } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { useEditHistory } from "../../store/useEditHistory.ts";
import { AddNodeDialog } from "./AddNodeDialog.tsx";
import { AddPathDialog } from "./AddPathDialog.tsx";
import { SaveAsDialog } from "./SaveAsDialog.tsx";
import { useUndoKeys } from "./useUndoKeys.ts";

type OpenDialog = "none" | "node" | "path" | "save";

/** The editing tools over the map while "Edit map" is on: undo, redo, add, draw, save. */
export function EditTools() {
  const graph = useAppStore(selectGraph);
  const selectedId = useAppStore((state) => state.selectedId);
  const undoEdit = useAppStore((state) => state.undoEdit);
  const redoEdit = useAppStore((state) => state.redoEdit);
  const { canUndo, canRedo } = useEditHistory();
  const [dialog, setDialog] = useState<OpenDialog>("none");
  const [status, setStatus] = useState("");
  useUndoKeys();
  if (!graph) return null;

  return (
    <div className="edit-toolbar" role="toolbar" aria-label="Map editing tools">
      <button
        type="button"
        className="control-button"
        onClick={undoEdit}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="control-button"
        onClick={redoEdit}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </button>
      {/* Named in full at every width: a phone hides part of the text, and the name would change with it. */}
      <button
        type="button"
        className="control-button"
        aria-label="Add position or credential…"
        onClick={() => setDialog("node")}
      >
        {/* One span: the button's flex gap would otherwise split the words around the part a phone hides. */}
        <span>
          Add<span className="edit-long"> position or credential</span>…
        </span>
      </button>
      <button type="button" className="control-button" onClick={() => setDialog("path")}>
        Draw a path…
      </button>
      <button type="button" className="control-button" onClick={() => setDialog("save")}>
        Save as…
      </button>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {dialog === "node" ? <AddNodeDialog graph={graph} onClose={() => setDialog("none")} /> : null}
      {dialog === "save" ? (
        <SaveAsDialog graph={graph} onSaved={setStatus} onClose={() => setDialog("none")} />
      ) : null}
      {dialog === "path" ? <AddPathDialog from={selectedId} onClose={() => setDialog("none")} /> : null}
    </div>
  );
}
