import { useState } from "react";
import type { CareerNode } from "../../domain/careerGraph.ts";
import { deletePath } from "../../domain/edit/pathEdits.ts";
import type { GraphIndex } from "../../domain/graphIndex.ts";
import { AddPathDialog } from "./AddPathDialog.tsx";
import { EditErrors } from "./EditErrors.tsx";
import { useMapEdit } from "./useMapEdit.ts";

const KIND_WORDS = {
  "advances-to": "advances to",
  lateral: "moves across to",
  "qualifies-for": "qualifies for",
  "prepares-for": "prepares for",
} as const;

/** The paths that start or end at the node, each with a way to delete it, and a way to draw a new one. */
export function NodePaths({ node, index }: { readonly node: CareerNode; readonly index: GraphIndex }) {
  const { errors, apply } = useMapEdit();
  const [drawing, setDrawing] = useState(false);
  const edges = [...(index.outgoing.get(node.id) ?? []), ...(index.incoming.get(node.id) ?? [])];
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;

  return (
    <div className="node-paths">
      <h4 className="node-editor-subtitle">Paths ({edges.length})</h4>
      <ul className="node-path-list">
        {edges.map((edge) => {
          const words = `${label(edge.source)} ${KIND_WORDS[edge.kind]} ${label(edge.target)}`;
          return (
            <li key={edge.id}>
              <span>{words}</span>
              <button
                type="button"
                className="control-button"
                aria-label={`Delete the path: ${words}`}
                onClick={() => apply((graph) => deletePath(graph, edge.id))}
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      <EditErrors errors={errors} />
      <button type="button" className="control-button" onClick={() => setDrawing(true)}>
        Draw a path from here…
      </button>
      {drawing ? <AddPathDialog from={node.id} onClose={() => setDrawing(false)} /> : null}
    </div>
  );
}
