import { type RefObject, useEffect } from "react";
import { useLayer } from "./layers.ts";

/**
 * Closes a popover or menu on Escape while it is the top layer (src/ui/layers.ts) and on a press outside
 * it; with `closeWhenFocusLeaves`, also when focus tabs out of it. `true` asks to refocus the opener.
 */
export function useDismiss(
  open: boolean,
  containerRef: RefObject<HTMLElement | null>,
  onDismiss: (returnFocus: boolean) => void,
  { closeWhenFocusLeaves = false }: { readonly closeWhenFocusLeaves?: boolean } = {},
): void {
  useLayer(open, () => onDismiss(true));
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) onDismiss(false);
    };
    // A click on a label inside blurs to nothing (no related target), and must not close it.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !containerRef.current?.contains(event.relatedTarget))
        onDismiss(false);
    };
    const container = closeWhenFocusLeaves ? containerRef.current : null;
    document.addEventListener("pointerdown", onPointerDown);
    container?.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      container?.removeEventListener("focusout", onFocusOut);
    };
  }, [open, containerRef, onDismiss, closeWhenFocusLeaves]);
}
