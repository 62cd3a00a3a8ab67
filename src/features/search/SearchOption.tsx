import type { CareerNode } from "../../domain/careerGraph.ts";
import { ListboxOption } from "../../ui/ListboxOption.tsx";

export interface SearchOptionProps {
  readonly id: string;
  readonly node: CareerNode;
  readonly levelLabel: string;
  readonly active: boolean;
  readonly onChoose: () => void;
}

/** One result: short label, full name, and kind and level, so "CPC" and "CPC-A" are told apart. */
export function SearchOption({ id, node, levelLabel, active, onChoose }: SearchOptionProps) {
  return (
    <ListboxOption id={id} className="search-option" active={active} onChoose={onChoose}>
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
    </ListboxOption>
  );
}
