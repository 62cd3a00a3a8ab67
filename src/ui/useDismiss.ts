import { type RefObject, useEffect } from "react";

/**
 * Closes a popover or menu on Escape anywhere on the page and on a press outside it; with
 * `closeWhenFocusLeaves`, also when focus tabs out of it. Escape is marked as used so the page's own Escape
 * (clear the selection) does not fire as well; `true` asks to refocus the opener.
 */
export function useDismiss(
  open: boolean,
  containerRef: RefObject<HTMLElement | null>,
  onDismiss: (returnFocus: boolean) => void,
  { closeWhenFocusLeaves = false }: { readonly closeWhenFocusLeaves?: boolean } = {},
): void {
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      onDismiss(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) onDismiss(false);
    };
    // A click on a label inside blurs to nothing (no related target), and must not close it.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !containerRef.current?.contains(event.relatedTarget))
        onDismiss(false);
    };
    const container = closeWhenFocusLeaves ? containerRef.current : null;
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    container?.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      container?.removeEventListener("focusout", onFocusOut);
    };
  }, [open, containerRef, onDismiss, closeWhenFocusLeaves]);
}
