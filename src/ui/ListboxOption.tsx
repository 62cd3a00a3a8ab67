import { type ReactNode, useEffect, useRef } from "react";
import "./listbox-option.css";

export interface ListboxOptionProps {
  readonly id: string;
  /** The feature's own class, which lays out the content; the look of an option comes from here. */
  readonly className: string;
  readonly active: boolean;
  readonly onChoose: () => void;
  readonly children: ReactNode;
}

/**
 * One option in the list of a combobox (ARIA 1.2): focus stays in the input, which handles the keys and
 * points at the active option with aria-activedescendant; the option keeps itself in sight and takes clicks.
 */
export function ListboxOption({ id, className, active, onChoose, children }: ListboxOptionProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView; browsers keep the keyboard's option in sight in a long list.
    if (active) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [active]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for its options (ARIA 1.2)
    // biome-ignore lint/a11y/useFocusableInteractive: options stay unfocusable; the input points at them with aria-activedescendant
    <div
      ref={ref}
      id={id}
      role="option"
      aria-selected={active}
      className={`listbox-option ${className}`}
      // Keeps focus in the input, so the press does not blur it and close the list before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      {children}
    </div>
  );
}
