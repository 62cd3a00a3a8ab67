import type { CareerNode } from "../../domain/careerGraph.ts";
import type { EditResult } from "../../domain/edit/editResult.ts";
import { editSummary, moveNode, renameNode } from "../../domain/edit/nodeEdits.ts";
import type { GraphIndex } from "../../domain/graphIndex.ts";
import { field } from "./EditDialog.tsx";
import { EditErrors } from "./EditErrors.tsx";
import { Field } from "./Field.tsx";
import { ListSelect } from "./ListSelect.tsx";
import { useMapEdit } from "./useMapEdit.ts";

type Edit = (graph: GraphIndex["graph"]) => EditResult;

/** Applies the edits in turn, stopping at the first refusal; together they are one undo step. */
function inTurn(edits: readonly Edit[]): Edit {
  return (graph) => {
    let result: EditResult = { ok: true, value: graph };
    for (const edit of edits) {
      if (!result.ok) break;
      result = edit(result.value);
    }
    return result;
  };
}

/** Rename, move to another level, and rewrite the summary, saved together. */
export function NodeForm({ node, index }: { readonly node: CareerNode; readonly index: GraphIndex }) {
  const { errors, apply } = useMapEdit();

  const submit = (form: FormData) => {
    const label = field(form, "label");
    const name = field(form, "name");
    const level = field(form, "level");
    const summary = field(form, "summary");
    const edits: Edit[] = [];
    if (label !== node.label || name !== (node.name ?? "")) {
      edits.push((graph) => renameNode(graph, node.id, { label, name }));
    }
    if (level !== node.level) edits.push((graph) => moveNode(graph, node.id, level));
    if (summary !== node.summary) edits.push((graph) => editSummary(graph, node.id, summary));
    if (edits.length > 0) apply(inTurn(edits));
  };

  return (
    <form
      className="edit-form"
      aria-label={`Names, level and summary of ${node.label}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
    >
      <Field label="Label" hint="The short name drawn on the map.">
        {({ id, describedBy }) => (
          <input id={id} name="label" defaultValue={node.label} aria-describedby={describedBy} />
        )}
      </Field>
      <Field label="Full name (optional)">
        {({ id }) => <input id={id} name="name" defaultValue={node.name ?? ""} />}
      </Field>
      <ListSelect label="Level" name="level" items={index.graph.levels} defaultValue={node.level} />
      <Field label="Summary">
        {({ id }) => <textarea id={id} name="summary" rows={4} defaultValue={node.summary} />}
      </Field>
      <EditErrors errors={errors} />
      <div className="edit-actions">
        <button type="submit" className="control-button edit-submit">
          Save changes
        </button>
      </div>
    </form>
  );
}
