import { useState } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { NodeCombobox } from "../../ui/node-picker/NodeCombobox.tsx";
import { Field } from "./Field.tsx";

export interface PathEndFieldProps {
  readonly label: string;
  /** The form field the chosen node's id is sent as. */
  readonly name: string;
  readonly initial: string | null;
}

/**
 * One end of a new path: a search over the map's nodes, as in the route finder, instead of a list of every
 * node, which on a map of thousands is slow to open and long to scroll. The chosen id goes with the form.
 */
export function PathEndField({ label, name, initial }: PathEndFieldProps) {
  const index = useAppStore(selectIndex);
  const [value, setValue] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const shown = value === null ? "" : (index?.nodeById.get(value)?.label ?? value);
  return (
    <Field label={label}>
      {({ id }) => (
        <>
          <NodeCombobox
            inputId={id}
            label={label}
            text={editing ?? shown}
            query={editing ?? ""}
            placeholder="Type a name, or press ↓ to browse"
            editing={editing !== null}
            onTextChange={setEditing}
            onChoose={(chosen) => {
              setEditing(null);
              setValue(chosen);
            }}
            onRevert={() => setEditing(null)}
          />
          <input type="hidden" name={name} value={value ?? ""} />
        </>
      )}
    </Field>
  );
}
