import { type MouseEvent, useEffect, useRef } from "react";

/**
 * Whether focus was dropped: on the page, or still on a button just disabled (the browser moves it to the
 * page a moment later).
 */
export function focusLost(): boolean {
  const active = document.activeElement;
  return (
    active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)
  );
}

/**
 * Keeps the keyboard's place through an export: the pressed button is disabled while the task runs, which
 * drops focus to the page, so a large export's Cancel takes it (ExportProgress), and when the task ends
 * focus goes back to the button that started it. Returns the handler that remembers that button.
 */
export function useFocusAfterTask(working: boolean): (event: MouseEvent<HTMLButtonElement>) => void {
  const pressed = useRef<HTMLButtonElement | null>(null);
  const wasWorking = useRef(working);
  useEffect(() => {
    if (wasWorking.current && !working && focusLost()) pressed.current?.focus();
    wasWorking.current = working;
  }, [working]);
  return (event) => {
    pressed.current = event.currentTarget;
  };
}
