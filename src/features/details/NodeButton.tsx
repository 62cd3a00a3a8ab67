import type { CareerNode } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectPlanMark } from "../../store/planSelectors.ts";
import { PlanMarkBadge } from "../../ui/PlanMarkBadge.tsx";
import { NodeGlyph } from "./NodeGlyph.tsx";
import "./lists.css";

export interface NodeButtonProps {
  readonly node: CareerNode;
  readonly hidden: boolean;
  readonly onChoose: (id: string) => void;
}

/** One node in a list; choosing it selects the node and brings it into view on the map. */
export function NodeButton({ node, hidden, onChoose }: NodeButtonProps) {
  const mark = useAppStore(selectPlanMark(node.id));
  return (
    <button type="button" className="node-button" onClick={() => onChoose(node.id)}>
      <NodeGlyph node={node} />
      <span className="node-button-text">
        <span className="node-button-label">{node.label}</span>
        {node.name === undefined ? null : (
          <>
            {" "}
            <span className="node-button-name">{node.name}</span>
          </>
        )}
        {mark === undefined ? null : (
          <>
            {" "}
            <PlanMarkBadge mark={mark} />
          </>
        )}
        {hidden ? (
          <>
            {" "}
            <span className="node-button-hidden">hidden by filters</span>
          </>
        ) : null}
      </span>
    </button>
  );
}
