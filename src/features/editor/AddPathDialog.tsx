import { useState } from "react";
import type { EdgeBasis, EdgeKind } from "../../domain/careerGraph.ts";
import { addPath } from "../../domain/edit/pathEdits.ts";
import { EditDialog, field } from "./EditDialog.tsx";
import { Field } from "./Field.tsx";
import { LinkField } from "./LinkField.tsx";
import { PathEndField } from "./PathEndField.tsx";
import { PATH_KIND_LABELS, PATH_KINDS } from "./pathKinds.ts";
import { RadioChoice } from "./RadioChoice.tsx";
import { useMapEdit } from "./useMapEdit.ts";

export interface AddPathDialogProps {
  /** The node the path starts from, when drawn from a node's details. */
  readonly from: string | null;
  readonly onClose: () => void;
}

const BASIS_CHOICES = [
  { value: "sourced", label: "A source says so (link)" },
  { value: "inferred", label: "Inferred (a note says why)" },
] as const;

function basisOf(form: FormData, kind: EdgeBasis["kind"]): EdgeBasis {
  const note = field(form, "note");
  if (kind === "inferred") return { kind, note };
  return { kind, source: field(form, "source"), ...(note.trim() === "" ? {} : { note }) };
}

/** "Draw a path": two nodes, the kind of move, and why it is on the map (a source, or a reasoned inference). */
export function AddPathDialog({ from, onClose }: AddPathDialogProps) {
  const [basisKind, setBasisKind] = useState<EdgeBasis["kind"]>("sourced");
  const { errors, apply } = useMapEdit();

  const submit = (form: FormData) =>
    apply((current) =>
      addPath(current, {
        source: field(form, "from"),
        target: field(form, "to"),
        kind: field(form, "kind") as EdgeKind,
        basis: basisOf(form, basisKind),
      }),
    );

  return (
    <EditDialog
      title="Draw a path"
      submitLabel="Draw the path"
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <PathEndField label="From" name="from" initial={from} />
      <PathEndField label="To" name="to" initial={null} />
      <Field label="Kind of path">
        {({ id }) => (
          <select id={id} name="kind" defaultValue="advances-to">
            {PATH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {PATH_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RadioChoice
        legend="Basis: why this path is on the map"
        name="basis"
        choices={BASIS_CHOICES}
        value={basisKind}
        onChange={setBasisKind}
      />
      {basisKind === "sourced" ? <LinkField label="Source link" name="source" /> : null}
      <Field
        label={basisKind === "sourced" ? "Note (optional)" : "Note"}
        hint={basisKind === "inferred" ? "Why you infer this path, e.g. what it rests on." : undefined}
      >
        {({ id, describedBy }) => <textarea id={id} name="note" rows={2} aria-describedby={describedBy} />}
      </Field>
    </EditDialog>
  );
}
