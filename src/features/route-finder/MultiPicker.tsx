import { useId, useMemo, useRef, useState } from "react";
import type { NodeKind } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { CloseIcon } from "../../ui/CloseIcon.tsx";
import { NodeCombobox } from "../../ui/node-picker/NodeCombobox.tsx";

export interface MultiPickerProps {
  readonly label: string;
  readonly hint: string;
  readonly values: readonly string[];
  readonly placeholder: string;
  readonly onChange: (ids: readonly string[]) => void;
  readonly kind?: NodeKind;
  /** Ids that make no sense here (the route's ends), besides those already chosen. */
  readonly unavailable?: readonly (string | null)[];
}

/** Picks several nodes: chosen ones show as chips with remove buttons, in the order they were added. */
export function MultiPicker({
  label,
  hint,
  values,
  placeholder,
  onChange,
  kind,
  unavailable = [],
}: MultiPickerProps) {
  const index = useAppStore(selectIndex);
  const [text, setText] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const exclude = useMemo(
    () => new Set([...values, ...unavailable.filter((id): id is string => id !== null)]),
    [values, unavailable],
  );
  const nameOf = (id: string) => index?.nodeById.get(id)?.label ?? `“${id}” (not on this map)`;

  const remove = (id: string) => {
    onChange(values.filter((value) => value !== id));
    // The chip and its button are gone: keep the keyboard in the field rather than at the top of the page.
    inputRef.current?.focus();
  };

  return (
    <div className="route-field">
      <label className="route-label" htmlFor={inputId}>
        {label}
      </label>
      <p id={hintId} className="route-hint">
        {hint}
      </p>
      {values.length > 0 ? (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {values.map((id) => (
            <li key={id} className="chip" data-unknown={!index?.nodeById.has(id) || undefined}>
              <span className="chip-label">{nameOf(id)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${nameOf(id)} from ${label}`}
                title="Remove"
                onClick={() => remove(id)}
              >
                <CloseIcon size={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker">
        <NodeCombobox
          inputId={inputId}
          label={label}
          text={text}
          query={text}
          placeholder={placeholder}
          editing={text !== ""}
          inputRef={inputRef}
          describedBy={hintId}
          exclude={exclude}
          {...(kind ? { kind } : {})}
          onTextChange={setText}
          onChoose={(id) => {
            setText("");
            onChange([...values, id]);
          }}
          onRevert={() => setText("")}
        />
      </div>
    </div>
  );
}
