import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  useVirtualizer,
} from "@tanstack/react-virtual";
import { type KeyboardEvent, type ReactNode, useCallback, useLayoutEffect, useRef, useState } from "react";
import type { BrowseRow } from "./browseRows.ts";
import { isRowKey, rowAfterKey } from "./rowNavigation.ts";

export interface VirtualBrowseRowsProps {
  readonly rows: readonly BrowseRow[];
  readonly renderNode: (row: BrowseRow) => ReactNode;
}

/** The nearest ancestor that scrolls (the side panel), where the rows in view are worked out. */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === "auto" || overflow === "scroll") return parent;
  }
  return document.documentElement;
}

/**
 * Before the first measurement, and while the panel has no height (a closed phone sheet, or no layout
 * at all as in jsdom), as if it were a laptop's panel: the first rows are always in the page.
 */
const INITIAL_RECT = { width: 360, height: 800 };

/** Rows a page key moves by: those a laptop's panel shows, as estimated before measuring. */
const NODE_ROW_ESTIMATE = 40;

const observeRect: typeof observeElementRect = (instance, onRect) =>
  observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : INITIAL_RECT));

/**
 * The browse list's rows with only those in view (and a few either side) in the page, so a map of
 * thousands of nodes keeps a few hundred DOM nodes. Each row is a list item that says its place in the
 * whole list; moving the keyboard focus scrolls the panel, which brings the next rows in. Up and Down,
 * Home and End, Page Up and Page Down move the focus between nodes; the focused row is always rendered,
 * even while scrolled out of view, so the focus is never lost to a row leaving the page.
 */
export function VirtualBrowseRows({ rows, renderNode }: VirtualBrowseRowsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [offset, setOffset] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  // Set by a key: the row to focus once it is rendered.
  const focusNext = useRef<number | null>(null);

  // Measured again whenever the list changes size: a phone sheet shows it only once opened.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const parent = scrollParent(list);
      setScroller(parent);
      setOffset(list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
    };
    measure();
    if (typeof ResizeObserver !== "function") return;
    const resizes = new ResizeObserver(measure);
    resizes.observe(list);
    return () => resizes.disconnect();
  }, []);

  const estimate = (i: number) => (rows[i]?.type === "node" ? NODE_ROW_ESTIMATE : 34);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused === null || focused >= rows.length || indexes.includes(focused)) return indexes;
      return [...indexes, focused].sort((a, b) => a - b);
    },
    [focused, rows.length],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: estimate,
    // A row not laid out (hidden sheet, jsdom) keeps its estimate rather than collapsing to nothing.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || estimate(Number(element.getAttribute("data-index"))),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 10,
    scrollMargin: offset,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRect,
    rangeExtractor,
  });

  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null || target !== focused) return;
    const button = listRef.current?.querySelector<HTMLElement>(`li[data-index="${target}"] button`);
    if (!button) return;
    focusNext.current = null;
    button.focus({ preventScroll: true });
  });

  const rowOf = (element: EventTarget | null) =>
    element instanceof Element
      ? Number(element.closest("li[data-index]")?.getAttribute("data-index"))
      : Number.NaN;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = rowOf(event.target);
    if (!isRowKey(event.key) || Number.isNaN(current) || event.altKey || event.ctrlKey || event.metaKey)
      return;
    event.preventDefault();
    const page = Math.floor((scroller?.clientHeight || INITIAL_RECT.height) / NODE_ROW_ESTIMATE);
    const target = rowAfterKey(rows, current, event.key, page);
    focusNext.current = target;
    setFocused(target);
    virtualizer.scrollToIndex(target, { align: "auto" });
  };

  return (
    // Key presses come from the row buttons inside; the list itself takes no focus.
    <ul
      ref={listRef}
      className="browse-rows"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const row = rowOf(event.target);
        if (!Number.isNaN(row)) setFocused(row);
      }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            className="browse-row"
            style={{ transform: `translateY(${item.start - offset}px)` }}
          >
            {row.type === "level" ? <h3 className="browse-level-title">{row.label}</h3> : null}
            {row.type === "kind" ? <h4 className="browse-kind-title">{row.label}</h4> : null}
            {row.type === "node" ? renderNode(row) : null}
          </li>
        );
      })}
    </ul>
  );
}
