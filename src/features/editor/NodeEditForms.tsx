import { useId } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { DeleteNodeButton } from "./DeleteNodeButton.tsx";
import { FactsForm } from "./FactsForm.tsx";
import { NodeForm } from "./NodeForm.tsx";
import { NodePaths } from "./NodePaths.tsx";

/** The edit forms for the node in the details panel, shown while "Edit map" is on. */
export function NodeEditForms({ nodeId }: { readonly nodeId: string }) {
  const index = useAppStore(selectIndex);
  const headingId = useId();
  const node = index?.nodeById.get(nodeId);
  if (!index || !node) return null;
  return (
    <section className="node-editor" aria-labelledby={headingId}>
      <h3 id={headingId} className="node-editor-title">
        Edit this {node.kind}
      </h3>
      {/* Keyed by the values shown, so that undo and redo refill the form with the map's values. */}
      <NodeForm
        key={JSON.stringify([node.id, node.label, node.name, node.level, node.summary])}
        node={node}
        index={index}
      />
      <FactsForm node={node} />
      <NodePaths node={node} index={index} />
      <DeleteNodeButton node={node} graph={index.graph} />
    </section>
  );
}
