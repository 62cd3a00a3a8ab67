import { useId } from "react";
import type { GraphIndex } from "../../domain/graphIndex.ts";
import { isNodeVisible, type VisibilityFilters } from "../../domain/visibility.ts";
import { BasisMarker } from "./BasisMarker.tsx";
import { connectionGroups, type Direction } from "./connectionGroups.ts";
import { NodeButton } from "./NodeButton.tsx";

export interface ConnectionsProps {
  readonly index: GraphIndex;
  readonly nodeId: string;
  readonly direction: Direction;
  readonly title: string;
  readonly filters: VisibilityFilters;
  readonly onChoose: (id: string) => void;
}

/** "Next steps" or "Comes from": the selected node's paths, grouped by kind, each a way to move on. */
export function Connections({ index, nodeId, direction, title, filters, onChoose }: ConnectionsProps) {
  const headingId = useId();
  const groups = connectionGroups(index, nodeId, direction);
  if (groups.length === 0) return null;
  return (
    <section className="details-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="details-section-title">
        {title}
      </h3>
      {groups.map((group) => (
        <div key={group.kind} className="connection-group">
          <h4 className="connection-group-title">{group.title}</h4>
          <ul className="connection-list">
            {group.connections.map(({ edge, node }) => (
              <li key={edge.id} className="connection">
                <NodeButton node={node} hidden={!isNodeVisible(node, filters)} onChoose={onChoose} />
                <BasisMarker basis={edge.basis} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
