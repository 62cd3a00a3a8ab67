import { type Ref, useId, useMemo } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { useComboboxList } from "../useComboboxList.ts";
import { nodeOptions, type OptionRules } from "./nodeOptions.ts";
import { PickerOption } from "./PickerOption.tsx";
import "./node-picker.css";

export interface NodeComboboxProps extends OptionRules {
  readonly inputId: string;
  /** The field's name, for its list of choices. */
  readonly label: string;
  /** What the input shows. */
  readonly text: string;
  /** What to search for; empty lists every fitting node (opened with the arrow keys or a click). */
  readonly query: string;
  readonly placeholder: string;
  readonly onTextChange: (text: string) => void;
  readonly onChoose: (id: string) => void;
  /** Drops unfinished typing; called on blur, and on Escape when no list is open. */
  readonly onRevert: () => void;
  /** Whether there is typing to revert: Escape is then used here, not passed on to close the panel. */
  readonly editing: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly describedBy?: string;
  readonly invalid?: boolean;
}

/** An ARIA 1.2 combobox over the map's nodes: the route finder's pickers and the editor's path ends. */
export function NodeCombobox(props: NodeComboboxProps) {
  const { inputId, text, query, placeholder, onTextChange, onChoose, onRevert, editing, kind, exclude } =
    props;
  const index = useAppStore(selectIndex);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  const { nodes: options, more } = useMemo(
    () =>
      index
        ? nodeOptions(index.graph, query, { ...(kind ? { kind } : {}), ...(exclude ? { exclude } : {}) })
        : { nodes: [], more: 0 },
    [index, query, kind, exclude],
  );
  const list = useComboboxList(
    options,
    (node) => onChoose(node.id),
    (event) => {
      // The panel closes on Escape unless a field used the key: first the list closes, then typing reverts.
      if (event.key !== "Escape") return;
      if (list.listShown) {
        event.preventDefault();
        list.close();
      } else if (editing) {
        event.preventDefault();
        onRevert();
      }
    },
  );
  const { listShown, current } = list;

  return (
    <div className="picker-combobox">
      <input
        ref={props.inputRef}
        id={inputId}
        className="picker-input text-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls={listId}
        aria-activedescendant={listShown && current >= 0 ? optionId(current) : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          list.restart();
        }}
        onKeyDown={list.onKeyDown}
        onClick={list.show}
        onFocus={(event) => event.target.select()}
        onBlur={() => {
          list.close();
          onRevert();
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`Choices for ${props.label}`}
        className="picker-list"
        hidden={!listShown}
      >
        {listShown && more > 0 ? (
          // A disabled option, so the count is read in the list; the arrow keys pass it by.
          // biome-ignore lint/a11y/useFocusableInteractive: options stay unfocusable; the input holds focus (ARIA 1.2)
          <div role="option" aria-disabled="true" aria-selected={false} className="picker-more">
            Showing {options.length} of {(options.length + more).toLocaleString("en-US")}: type part of a name
            to find the others.
          </div>
        ) : null}
        {listShown
          ? options.map((node, i) => (
              <PickerOption
                key={node.id}
                id={optionId(i)}
                node={node}
                levelLabel={index?.levelById.get(node.level)?.label ?? node.level}
                active={i === current}
                onChoose={() => list.choose(node)}
              />
            ))
          : null}
      </div>
    </div>
  );
}
