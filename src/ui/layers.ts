import { type CSSProperties, useEffect, useRef, useSyncExternalStore } from "react";

/**
 * The one layering rule for things that open over the page: drawers, sheets, popovers and menus. Each
 * open one is a layer on a stack, newest on top. Escape closes the top layer only, so it never closes
 * what lies under the thing the person is looking at; and layers that share a plane (the phone's sheets)
 * are stacked by the same order, so nothing opens behind another. The planes themselves are fixed in
 * controls.css (--z-*): map controls under drawers under sheets under the header and its popovers.
 */
interface Layer {
  readonly close: () => void;
}

let stack: readonly Layer[] = [];
const listeners = new Set<() => void>();

function setStack(next: readonly Layer[]): void {
  stack = next;
  for (const listener of listeners) listener();
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== "Escape" || event.defaultPrevented) return;
  const top = stack.at(-1);
  if (!top) return;
  event.preventDefault();
  top.close();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many layers are open; for tests and for the page's own Escape (clear the selection) to stand back. */
export const openLayerCount = (): number => stack.length;

/**
 * Registers an open layer; `close` runs when Escape reaches it on top of the stack. Returns the layer's
 * place in the stack (1 at the bottom, 0 while closed), for stacking layers that share a plane.
 */
export function useLayer(open: boolean, close: () => void): number {
  const closeRef = useRef(close);
  closeRef.current = close;
  const layer = useRef<Layer>({ close: () => closeRef.current() });
  useEffect(() => {
    if (!open) return;
    const entry = layer.current;
    if (stack.length === 0) document.addEventListener("keydown", onKeyDown);
    setStack([...stack, entry]);
    return () => {
      setStack(stack.filter((other) => other !== entry));
      if (stack.length === 0) document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);
  const current = useSyncExternalStore(
    subscribe,
    () => stack,
    () => stack,
  );
  return current.indexOf(layer.current) + 1;
}

/** The style that stacks a layer above the ones opened before it on its plane. */
export const layerStyle = (place: number): CSSProperties =>
  ({ "--layer": Math.min(place, 9) }) as CSSProperties;
