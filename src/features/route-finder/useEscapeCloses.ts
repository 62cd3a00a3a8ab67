import { useEffect } from "react";

/**
 * Escape anywhere closes the open panel, unless something inside used the key first (a picker closing its
 * list). The key is then marked as used, so the page does not also clear the selection.
 */
export function useEscapeCloses(open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open, close]);
}
