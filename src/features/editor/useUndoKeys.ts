import { useEffect } from "react";
import { useAppStore } from "../../store/appStore.ts";

/** Text fields keep the browser's own undo of typing. */
function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** Ctrl/Cmd+Z undoes a map edit; Ctrl/Cmd+Shift+Z and Ctrl+Y redo it. Mounted while editing. */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      const { undoEdit, redoEdit } = useAppStore.getState();
      if (key === "z" && !event.shiftKey) undoEdit();
      else if ((key === "z" && event.shiftKey) || (key === "y" && event.ctrlKey)) redoEdit();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
