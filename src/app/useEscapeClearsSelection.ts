import { useEffect } from "react";
import { useAppStore } from "../store/appStore.ts";

/** Escape clears the selection anywhere on the page, unless a field or list is using the key itself. */
export function useEscapeClearsSelection(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      useAppStore.getState().clearSelection();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
