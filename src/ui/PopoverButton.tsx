import type { ReactNode } from "react";
import type { usePopover } from "./usePopover.ts";

/** The header button that opens a popover: its state and the panel it controls come from {@link usePopover}. */
export function PopoverButton({
  popover,
  disabled = false,
  label,
  children,
}: {
  readonly popover: Pick<ReturnType<typeof usePopover>, "open" | "toggle" | "buttonRef" | "panelId">;
  readonly disabled?: boolean;
  /** An accessible name when the visible text is not enough (e.g. a bare count badge). */
  readonly label?: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <button
      ref={popover.buttonRef}
      type="button"
      className="control-button"
      aria-expanded={popover.open}
      aria-controls={popover.panelId}
      aria-label={label}
      disabled={disabled}
      onClick={popover.toggle}
    >
      {children}
    </button>
  );
}
