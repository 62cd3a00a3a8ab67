import { useMemo } from "react";
import type { GraphIndex } from "../../domain/graphIndex.ts";
import { isNodeVisible, type VisibilityFilters } from "../../domain/visibility.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import { type BrowseRow, browseRows } from "./browseRows.ts";
import { NodeButton } from "./NodeButton.tsx";

/** The virtual list and its library load only for a map past VIRTUAL_LIST_FROM nodes. */
const virtualRows = lazyPart(() => import("./VirtualBrowseRows.tsx"));

export interface BrowseListProps {
  readonly index: GraphIndex;
  readonly filters: VisibilityFilters;
  readonly id: string;
  readonly onChoose: (id: string) => void;
}

/** Past this many nodes only the rows in view are in the page (docs/decisions/0014-large-maps.md). */
export const VIRTUAL_LIST_FROM = 300;

interface Group {
  readonly key: string;
  readonly label: string;
  readonly kinds: { readonly key: string; readonly label: string; readonly nodes: BrowseRow[] }[];
}

/** The rows back under their headings, for the full list of smaller maps. */
function grouped(rows: readonly BrowseRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    if (row.type === "level") groups.push({ key: row.key, label: row.label, kinds: [] });
    else if (row.type === "kind") groups.at(-1)?.kinds.push({ key: row.key, label: row.label, nodes: [] });
    else groups.at(-1)?.kinds.at(-1)?.nodes.push(row);
  }
  return groups;
}

/**
 * Every node as a button, by level and kind: the keyboard and screen-reader way to do what clicking the
 * canvas does (docs/reliability.md R9). Hidden nodes stay listed, marked, so nothing is out of reach.
 */
export function BrowseList({ index, filters, id, onChoose }: BrowseListProps) {
  const rows = useMemo(() => browseRows(index), [index]);
  const virtual = index.graph.nodes.length >= VIRTUAL_LIST_FROM;
  const part = usePart(virtualRows, virtual);
  const nodeButton = (row: BrowseRow) =>
    row.type === "node" ? (
      <NodeButton node={row.node} hidden={!isNodeVisible(row.node, filters)} onChoose={onChoose} />
    ) : null;
  if (virtual) {
    return (
      <nav id={id} className="browse-list" aria-label="All roles and credentials">
        {part.module ? (
          <part.module.VirtualBrowseRows rows={rows} renderNode={nodeButton} />
        ) : (
          <PartPending failed={part.failed} what="list" onRetry={part.retry} />
        )}
      </nav>
    );
  }
  return (
    <nav id={id} className="browse-list" aria-label="All roles and credentials">
      {grouped(rows).map((level) => (
        <div key={level.key} className="browse-level">
          <h3 className="browse-level-title">{level.label}</h3>
          {level.kinds.map((kind) => (
            <div key={kind.key} className="browse-kind">
              <h4 className="browse-kind-title">{kind.label}</h4>
              <ul className="browse-nodes">
                {kind.nodes.map((row) => (
                  <li key={row.key}>{nodeButton(row)}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </nav>
  );
}
