import { measureElement, observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useLayoutEffect, useRef, useState } from "react";
import type { BrowseRow } from "./browseRows.ts";

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

const observeRect: typeof observeElementRect = (instance, onRect) =>
  observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : INITIAL_RECT));

/**
 * The browse list's rows with only those in view (and a few either side) in the page, so a map of
 * thousands of nodes keeps a few hundred DOM nodes. Each row is a list item that says its place in the
 * whole list; moving the keyboard focus scrolls the panel, which brings the next rows in.
 */
export function VirtualBrowseRows({ rows, renderNode }: VirtualBrowseRowsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [offset, setOffset] = useState(0);

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

  const estimate = (i: number) => (rows[i]?.type === "node" ? 40 : 34);
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
  });

  return (
    <ul ref={listRef} className="browse-rows" style={{ height: virtualizer.getTotalSize() }}>
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
