import { useCallback, useId, useRef, useState } from "react";
import { useDismiss } from "./useDismiss.ts";

/**
 * A header button that opens a panel below it (Filters, Export): whether it is open, the refs and the
 * panel id to wire up, and dismissal by Escape (focus back on the button), by a press outside and, with
 * `closeWhenFocusLeaves`, when focus tabs out.
 */
export function usePopover(options: { readonly closeWhenFocusLeaves?: boolean } = {}) {
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);
  useDismiss(open, containerRef, close, options);
  const toggle = useCallback(() => setOpen((value) => !value), []);
  return { open, toggle, containerRef, buttonRef, panelId };
}
