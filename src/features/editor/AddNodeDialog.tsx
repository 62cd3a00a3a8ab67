import { useState } from "react";
import type { CareerGraph, NodeKind } from "../../domain/careerGraph.ts";
import { addNode } from "../../domain/edit/nodeEdits.ts";
import { useAppStore } from "../../store/appStore.ts";
import { slugify } from "../../ui/fileNameParts.ts";
import { EditDialog, field } from "./EditDialog.tsx";
import { Field } from "./Field.tsx";
import { useMapEdit } from "./useMapEdit.ts";

/** "Add a position or credential": the fields every node needs; the rest is added in the panel after. */
export function AddNodeDialog({
  graph,
  onClose,
}: {
  readonly graph: CareerGraph;
  readonly onClose: () => void;
}) {
  const [kind, setKind] = useState<NodeKind>("position");
  const { errors, apply } = useMapEdit();
  const focusNode = useAppStore((state) => state.focusNode);

  const submit = (form: FormData) => {
    const label = field(form, "label");
    // A blank id is made from the label; one typed in is kept as typed, so a clash is reported, not hidden.
    const id = field(form, "id").trim() || slugify(label, "");
    const issuer = field(form, "issuer");
    const added = apply((current) =>
      addNode(current, {
        id,
        kind,
        label,
        level: field(form, "level"),
        summary: field(form, "summary"),
        source: field(form, "source"),
        ...(kind === "credential" && issuer !== "" ? { issuer } : {}),
      }),
    );
    if (added) focusNode(id);
    return added;
  };

  return (
    <EditDialog
      title="Add a position or credential"
      submitLabel="Add to the map"
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <fieldset className="edit-choice">
        <legend>Kind</legend>
        {(["position", "credential"] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="kind"
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            {option === "position" ? "Position (a job)" : "Credential (a certification)"}
          </label>
        ))}
      </fieldset>
      <Field label="Label" hint="The short name drawn on the map.">
        {({ id, describedBy }) => <input id={id} name="label" aria-describedby={describedBy} />}
      </Field>
      <Field
        label="Id"
        hint="Optional: made from the label when left blank. Must differ from every other id."
      >
        {({ id, describedBy }) => <input id={id} name="id" aria-describedby={describedBy} />}
      </Field>
      <Field label="Level">
        {({ id }) => (
          <select id={id} name="level" defaultValue={graph.levels[0]?.id}>
            {graph.levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === "credential" ? (
        <Field label="Issuer">
          {({ id }) => (
            <select id={id} name="issuer" defaultValue={graph.issuers[0]?.id}>
              {graph.issuers.map((issuer) => (
                <option key={issuer.id} value={issuer.id}>
                  {issuer.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="Summary" hint="A sentence or two on what it is.">
        {({ id, describedBy }) => <textarea id={id} name="summary" rows={3} aria-describedby={describedBy} />}
      </Field>
      <Field label="Source link" hint="Where the facts come from: an http(s) or mailto link.">
        {({ id, describedBy }) => (
          <input
            id={id}
            name="source"
            inputMode="url"
            placeholder="https://"
            aria-describedby={describedBy}
          />
        )}
      </Field>
    </EditDialog>
  );
}
