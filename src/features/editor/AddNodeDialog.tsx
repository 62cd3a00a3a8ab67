import { useState } from "react";
import type { CareerGraph, NodeKind } from "../../domain/careerGraph.ts";
import { addNode } from "../../domain/edit/nodeEdits.ts";
import { useAppStore } from "../../store/appStore.ts";
import { slugify } from "../../ui/fileNameParts.ts";
import { EditDialog, field } from "./EditDialog.tsx";
import { Field } from "./Field.tsx";
import { LinkField } from "./LinkField.tsx";
import { ListSelect } from "./ListSelect.tsx";
import { RadioChoice } from "./RadioChoice.tsx";
import { useMapEdit } from "./useMapEdit.ts";

const KIND_CHOICES = [
  { value: "position", label: "Position (a job)" },
  { value: "credential", label: "Credential (a certification)" },
] as const;

const ORIGIN_CHOICES = [
  { value: "link", label: "A public source (link)" },
  { value: "statement", label: "Our own statement (no public source)" },
] as const;

/** "Add a position or credential": the fields every node needs; the rest is added in the panel after. */
export function AddNodeDialog({
  graph,
  onClose,
}: {
  readonly graph: CareerGraph;
  readonly onClose: () => void;
}) {
  const [kind, setKind] = useState<NodeKind>("position");
  const [origin, setOrigin] = useState<"link" | "statement">("link");
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
        source: origin === "link" ? field(form, "source") : "",
        ...(origin === "statement" ? { internalNote: field(form, "internal") } : {}),
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
      <RadioChoice legend="Kind" name="kind" choices={KIND_CHOICES} value={kind} onChange={setKind} />
      <Field label="Label" hint="The short name drawn on the map.">
        {({ id, describedBy }) => <input id={id} name="label" aria-describedby={describedBy} />}
      </Field>
      <Field
        label="Id"
        hint="Optional: made from the label when left blank. Must differ from every other id."
      >
        {({ id, describedBy }) => <input id={id} name="id" aria-describedby={describedBy} />}
      </Field>
      <ListSelect label="Level" name="level" items={graph.levels} defaultValue={graph.levels[0]?.id} />
      {kind === "credential" ? (
        <ListSelect label="Issuer" name="issuer" items={graph.issuers} defaultValue={graph.issuers[0]?.id} />
      ) : null}
      <Field label="Summary" hint="A sentence or two on what it is.">
        {({ id, describedBy }) => <textarea id={id} name="summary" rows={3} aria-describedby={describedBy} />}
      </Field>
      <RadioChoice
        legend="Where the facts come from"
        name="origin"
        choices={ORIGIN_CHOICES}
        value={origin}
        onChange={setOrigin}
      />
      {origin === "link" ? (
        <LinkField label="Source link" name="source" hint="An http(s) or mailto link." />
      ) : (
        <Field
          label="Statement"
          hint="Shown as the map author's words, e.g. “Our ladder as agreed by the coding leads.”"
        >
          {({ id, describedBy }) => (
            <textarea id={id} name="internal" rows={2} aria-describedby={describedBy} />
          )}
        </Field>
      )}
    </EditDialog>
  );
}
