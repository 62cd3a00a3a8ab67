import type { BrowseRow } from "./browseRows.ts";

/** The keys that move the focus through the browse list's node rows; headings are passed over. */
export type RowKey = "ArrowDown" | "ArrowUp" | "Home" | "End" | "PageDown" | "PageUp";

const ROW_KEYS: ReadonlySet<string> = new Set(["ArrowDown", "ArrowUp", "Home", "End", "PageDown", "PageUp"]);

export function isRowKey(key: string): key is RowKey {
  return ROW_KEYS.has(key);
}

const isNode = (rows: readonly BrowseRow[], i: number) => rows[i]?.type === "node";

/** The nearest node row from `start` going `step` (1 or -1), `start` included; null past the end. */
function nodeRowFrom(rows: readonly BrowseRow[], start: number, step: 1 | -1): number | null {
  for (let i = start; i >= 0 && i < rows.length; i += step) if (isNode(rows, i)) return i;
  return null;
}

/**
 * The row the focus moves to from row `current` for a key: the next or previous node, the first or last,
 * or a page (`pageRows` rows) away, held at the ends. The current row when there is nowhere to go.
 */
export function rowAfterKey(
  rows: readonly BrowseRow[],
  current: number,
  key: RowKey,
  pageRows: number,
): number {
  const page = Math.max(1, pageRows);
  const last = rows.length - 1;
  const target =
    key === "ArrowDown"
      ? nodeRowFrom(rows, current + 1, 1)
      : key === "ArrowUp"
        ? nodeRowFrom(rows, current - 1, -1)
        : key === "Home"
          ? nodeRowFrom(rows, 0, 1)
          : key === "End"
            ? nodeRowFrom(rows, last, -1)
            : key === "PageDown"
              ? nodeRowFrom(rows, Math.min(last, current + page), -1)
              : nodeRowFrom(rows, Math.max(0, current - page), 1);
  if (target === null) return current;
  // A page whose rows in between are all headings moves one node on rather than none.
  if (key === "PageDown" && target <= current) return nodeRowFrom(rows, current + 1, 1) ?? current;
  if (key === "PageUp" && target >= current) return nodeRowFrom(rows, current - 1, -1) ?? current;
  return target;
}
