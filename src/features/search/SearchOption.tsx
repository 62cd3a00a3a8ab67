import { useEffect, useRef } from "react";
import type { CareerNode } from "../../domain/careerGraph.ts";

export interface SearchOptionProps {
  readonly id: string;
  readonly node: CareerNode;
  readonly levelLabel: string;
  readonly active: boolean;
  readonly onChoose: (id: string) => void;
}

/** One result: short label, full name, and kind and level, so "CPC" and "CPC-A" are told apart. */
export function SearchOption({ id, node, levelLabel, active, onChoose }: SearchOptionProps) {
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
      className="search-option"
      // Keeps focus in the input, so a click does not close the list before it lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(node.id)}
    >
      <span className="search-option-label">{node.label}</span>
      {node.name === undefined ? null : (
        <>
          {" "}
          <span className="search-option-name">{node.name}</span>
        </>
      )}{" "}
      <span className="search-option-meta">
        {node.kind === "position" ? "Position" : "Credential"} · {levelLabel}
      </span>
    </div>
  );
}
