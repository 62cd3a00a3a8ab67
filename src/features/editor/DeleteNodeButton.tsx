import { useEffect, useId, useRef, useState } from "react";
import type { CareerGraph, CareerNode } from "../../domain/careerGraph.ts";
import { countNodePaths, deleteNode } from "../../domain/edit/nodeEdits.ts";
import { EditErrors } from "./EditErrors.tsx";
import { useMapEdit } from "./useMapEdit.ts";

/** " and its 3 paths", or nothing for a node no path touches. */
const withPaths = (count: number, its: string) =>
  count === 0 ? "" : ` and ${its}${count === 1 ? "1 path" : `${count} paths`}`;

/** Delete, after a confirmation that says how many paths go with the node. Undo brings all of it back. */
export function DeleteNodeButton({
  node,
  graph,
}: {
  readonly node: CareerNode;
  readonly graph: CareerGraph;
}) {
  const [confirming, setConfirming] = useState(false);
  const { errors, apply } = useMapEdit();
  const count = countNodePaths(graph, node.id);
  const questionId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  // The question just asked is where the keyboard should be; the safe answer comes first.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" className="control-button edit-danger" onClick={() => setConfirming(true)}>
        Delete this {node.kind}…
      </button>
    );
  }
  return (
    <div className="edit-confirm">
      <p id={questionId}>
        Delete “{node.label}”{withPaths(count, "its ")}? Undo brings {count === 0 ? "it" : "them"} back.
      </p>
      <EditErrors errors={errors} />
      <div className="edit-actions">
        <button
          type="button"
          className="control-button"
          ref={keepRef}
          aria-describedby={questionId}
          onClick={() => setConfirming(false)}
        >
          Keep it
        </button>
        <button
          type="button"
          className="control-button edit-danger"
          aria-describedby={questionId}
          onClick={() => apply((current) => deleteNode(current, node.id))}
        >
          Delete “{node.label}”{withPaths(count, "")}
        </button>
      </div>
    </div>
  );
}
