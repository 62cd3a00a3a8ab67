import { useEffect } from "react";
import { useAppStore } from "../store/appStore.ts";
import { unsavedEditedMap } from "../store/editSlice.ts";

/**
 * Edits live in this tab until they are saved as a file: leaving or reloading the page while the map shown
 * or a set-aside map has unsaved edits asks first (the browser's own "Leave site?" prompt).
 */
export function useWarnBeforeLeavingEdits(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const state = useAppStore.getState();
      const unsaved = unsavedEditedMap(state, useAppStore.temporal.getState()) !== null;
      if (unsaved || state.setAsideMaps.length > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);
}
