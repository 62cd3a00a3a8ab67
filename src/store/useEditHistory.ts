import { useStore } from "zustand";
import { useAppStore } from "./appStore.ts";

/**
 * Whether there is an edit to undo or redo. An edit to undo also means the shown map is an edited copy:
 * undoing every edit gives back the map as it was loaded.
 */
export function useEditHistory(): { readonly canUndo: boolean; readonly canRedo: boolean } {
  const canUndo = useStore(useAppStore.temporal, (history) => history.pastStates.length > 0);
  const canRedo = useStore(useAppStore.temporal, (history) => history.futureStates.length > 0);
  return { canUndo, canRedo };
}
