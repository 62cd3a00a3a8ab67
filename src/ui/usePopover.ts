import { useCallback, useId, useLayoutEffect, useRef, useState } from "react";
import { useDismiss } from "./useDismiss.ts";

/** Room kept between a panel and the edge of the screen. */
const EDGE = 8;

/**
 * A panel hangs from its button's right edge; a button near the left of a wrapped header would push it
 * off screen, so it is moved sideways just enough to stay on screen.
 */
function keepOnScreen(panel: HTMLElement | null): void {
  if (!panel) return;
  panel.style.translate = "";
  const box = panel.getBoundingClientRect();
  const shift = Math.max(0, EDGE - box.left) - Math.max(0, box.right - (window.innerWidth - EDGE));
  if (shift !== 0) panel.style.translate = `${shift}px 0`;
}

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
  useLayoutEffect(() => {
    if (open) keepOnScreen(document.getElementById(panelId));
  }, [open, panelId]);
  const toggle = useCallback(() => setOpen((value) => !value), []);
  return { open, toggle, containerRef, buttonRef, panelId };
}
