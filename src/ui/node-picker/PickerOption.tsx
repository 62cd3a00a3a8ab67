import type { CareerNode } from "../../domain/careerGraph.ts";
import { ListboxOption } from "../ListboxOption.tsx";

export interface PickerOptionProps {
  readonly id: string;
  readonly node: CareerNode;
  readonly levelLabel: string;
  readonly active: boolean;
  readonly onChoose: () => void;
}

/** One choice in a node picker: label, full name, and kind and level, so "CPC" and "CPC-A" are told apart. */
export function PickerOption({ id, node, levelLabel, active, onChoose }: PickerOptionProps) {
  return (
    <ListboxOption id={id} className="picker-option" active={active} onChoose={onChoose}>
      <span className="picker-option-label">{node.label}</span>{" "}
      <span className="picker-option-detail">
        {node.name === undefined ? null : `${node.name} · `}
        {node.kind === "position" ? "Position" : "Credential"} · {levelLabel}
      </span>
    </ListboxOption>
  );
}
