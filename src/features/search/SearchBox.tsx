import { type KeyboardEvent, useId, useMemo, useRef, useState } from "react";
import { searchNodes } from "../../domain/search.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
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
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
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
  const listShown = open && results.length > 0;
  // Results can shrink under a kept index (a filter changed), so an index past the end means none.
  const current = active < results.length ? active : -1;

  const choose = (id: string) => {
    focusNode(id);
    setQuery("");
    setOpen(false);
    setActive(-1);
  };

  const move = (step: 1 | -1) => {
    if (results.length === 0) return;
    setOpen(true);
    if (step > 0) setActive(current + 1 >= results.length ? 0 : current + 1);
    else setActive(current <= 0 ? results.length - 1 : current - 1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      const chosen = results[current] ?? (open ? results[0] : undefined);
      if (!chosen) return;
      event.preventDefault();
      choose(chosen.id);
    } else if (event.key === "Escape") {
      // The page clears the selection on Escape unless someone used the key; here it only closes or clears.
      if (open && hasQuery) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (hasQuery) {
        event.preventDefault();
        setQuery("");
      }
    }
  };

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
        className="search-input"
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
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
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
                onChoose={choose}
              />
            ))
          : null}
      </div>
      {open && hasQuery && results.length === 0 ? (
        // The status line below already tells screen readers; this is the same news for the eyes.
        <p className="search-empty" aria-hidden="true">
          No matches for “{query.trim()}”
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {open && hasQuery ? (results.length === 0 ? "No matches" : `${results.length} matches`) : ""}
      </p>
    </div>
  );
}
