import { useEffect, useRef } from "react";
import type { CareerNode } from "../../domain/careerGraph.ts";

export interface PickerOptionProps {
  readonly id: string;
  readonly node: CareerNode;
  readonly levelLabel: string;
  readonly active: boolean;
  readonly onChoose: (id: string) => void;
}

/** One choice in a route picker: label, full name, and kind and level, so "CPC" and "CPC-A" are told apart. */
export function PickerOption({ id, node, levelLabel, active, onChoose }: PickerOptionProps) {
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
      className="picker-option"
      // Keeps focus in the input, so the press does not blur it and close the list before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(node.id)}
    >
      <span className="picker-option-label">{node.label}</span>{" "}
      <span className="picker-option-detail">
        {node.name === undefined ? null : `${node.name} · `}
        {node.kind === "position" ? "Position" : "Credential"} · {levelLabel}
      </span>
    </div>
  );
}
