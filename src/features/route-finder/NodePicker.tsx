import { type Ref, useId, useRef, useState } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { CloseIcon } from "../../ui/CloseIcon.tsx";
import { NodeCombobox } from "../../ui/node-picker/NodeCombobox.tsx";

export interface NodePickerProps {
  readonly label: string;
  readonly value: string | null;
  readonly placeholder: string;
  readonly onChange: (id: string | null) => void;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/**
 * Picks one node: shows the chosen node's label, searches as soon as the person types, and has a clear
 * button. An id the map does not have (from an old link) stays visible with a note, so the question is not
 * silently changed.
 */
export function NodePicker({ label, value, placeholder, onChange, inputRef }: NodePickerProps) {
  const index = useAppStore(selectIndex);
  const [editing, setEditing] = useState<string | null>(null);
  const ownRef = useRef<HTMLInputElement | null>(null);
  const inputId = useId();
  const noteId = useId();
  const node = value === null ? undefined : index?.nodeById.get(value);
  const unknown = value !== null && index !== null && node === undefined;
  const shown = value === null ? "" : (node?.label ?? value);

  const setRefs = (element: HTMLInputElement | null) => {
    ownRef.current = element;
    if (typeof inputRef === "function") inputRef(element);
    else if (inputRef) inputRef.current = element;
  };
  const clear = () => {
    onChange(null);
    setEditing(null);
    ownRef.current?.focus();
  };

  return (
    <div className="route-field">
      <label className="route-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="picker">
        <NodeCombobox
          inputId={inputId}
          label={label}
          text={editing ?? shown}
          query={editing ?? ""}
          placeholder={placeholder}
          editing={editing !== null}
          inputRef={setRefs}
          invalid={unknown}
          {...(unknown ? { describedBy: noteId } : {})}
          onTextChange={setEditing}
          onChoose={(id) => {
            setEditing(null);
            onChange(id);
          }}
          onRevert={() => setEditing(null)}
        />
        {value !== null || editing ? (
          <button
            type="button"
            className="picker-clear"
            aria-label={`Clear ${label}`}
            title="Clear"
            onClick={clear}
          >
            <CloseIcon size={14} />
          </button>
        ) : null}
      </div>
      {unknown ? (
        <p id={noteId} className="picker-note">
          “{value}” is not on this map
        </p>
      ) : null}
    </div>
  );
}
