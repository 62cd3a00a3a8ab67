import { useId, useMemo, useRef, useState } from "react";
import { searchNodes } from "../../domain/search.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { useComboboxList } from "../../ui/useComboboxList.ts";
import { SearchOption } from "./SearchOption.tsx";
import { useSlashToFocus } from "./useSlashToFocus.ts";
import "./search.css";
import "./search-mobile.css";

const MAX_RESULTS = 8;

/**
 * Finds a role or credential by abbreviation or name: an ARIA 1.2 combobox whose options bring the chosen
 * node into view. Nodes the filters hide are not offered, as they are not on the map.
 */
export function SearchBox() {
  const graph = useAppStore(selectGraph);
  const filters = useAppStore((state) => state.filters);
  const focusNode = useAppStore((state) => state.focusNode);
  const [query, setQuery] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  useSlashToFocus(inputRef);

  const results = useMemo(
    () => (graph ? searchNodes(graph, query, filters, MAX_RESULTS) : []),
    [graph, query, filters],
  );
  const hasQuery = query.trim() !== "";
  const list = useComboboxList(
    results,
    (node) => {
      focusNode(node.id);
      setQuery("");
    },
    (event) => {
      // The page clears the selection on Escape unless someone used the key; here it only closes or clears.
      if (event.key !== "Escape" || !hasQuery) return;
      event.preventDefault();
      if (list.opened) list.close();
      else setQuery("");
    },
  );
  const { listShown, current } = list;

  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${baseId}-input`}>
        Search roles and credentials
      </label>
      <svg
        className="search-icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        className="search-input text-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search roles, e.g. CPC"
        aria-autocomplete="list"
        aria-keyshortcuts="/"
        aria-expanded={listShown}
        aria-controls={listId}
        aria-activedescendant={listShown && current >= 0 ? optionId(current) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          list.restart();
        }}
        onKeyDown={list.onKeyDown}
        onBlur={list.close}
        onFocus={list.show}
      />
      <span className="search-shortcut" aria-hidden="true">
        /
      </span>
      <div
        id={listId}
        role="listbox"
        aria-label="Matching roles and credentials"
        className="search-list"
        hidden={!listShown}
      >
        {listShown
          ? results.map((node, i) => (
              <SearchOption
                key={node.id}
                id={optionId(i)}
                node={node}
                levelLabel={graph?.levels.find((level) => level.id === node.level)?.label ?? node.level}
                active={i === current}
                onChoose={() => list.choose(node)}
              />
            ))
          : null}
      </div>
      {list.opened && hasQuery && results.length === 0 ? (
        // The status line below already tells screen readers; this is the same news for the eyes.
        <p className="search-empty" aria-hidden="true">
          No matches for “{query.trim()}”
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {list.opened && hasQuery ? (results.length === 0 ? "No matches" : `${results.length} matches`) : ""}
      </p>
    </div>
  );
}
