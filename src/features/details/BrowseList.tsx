import type { CareerNode } from "../../domain/careerGraph.ts";
import type { GraphIndex } from "../../domain/graphIndex.ts";
import { isNodeVisible, type VisibilityFilters } from "../../domain/visibility.ts";
import { NodeButton } from "./NodeButton.tsx";

export interface BrowseListProps {
  readonly index: GraphIndex;
  readonly filters: VisibilityFilters;
  readonly id: string;
  readonly onChoose: (id: string) => void;
}

const KINDS = [
  ["position", "Positions"],
  ["credential", "Credentials"],
] as const;

const byLabel = (a: CareerNode, b: CareerNode) =>
  a.label.localeCompare(b.label, "en") || (a.id < b.id ? -1 : 1);

/**
 * Every node as a button, by level and kind: the keyboard and screen-reader way to do what clicking the
 * canvas does (docs/reliability.md R9). Hidden nodes stay listed, marked, so nothing is out of reach.
 */
export function BrowseList({ index, filters, id, onChoose }: BrowseListProps) {
  return (
    <nav id={id} className="browse-list" aria-label="All roles and credentials">
      {index.graph.levels.map((level) => {
        const nodes = index.graph.nodes.filter((node) => node.level === level.id);
        if (nodes.length === 0) return null;
        return (
          <div key={level.id} className="browse-level">
            <h3 className="browse-level-title">{level.label}</h3>
            {KINDS.map(([kind, title]) => {
              const ofKind = nodes.filter((node) => node.kind === kind).sort(byLabel);
              if (ofKind.length === 0) return null;
              return (
                <div key={kind} className="browse-kind">
                  <h4 className="browse-kind-title">{title}</h4>
                  <ul className="browse-nodes">
                    {ofKind.map((node) => (
                      <li key={node.id}>
                        <NodeButton node={node} hidden={!isNodeVisible(node, filters)} onChoose={onChoose} />
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        );
      })}
    </nav>
  );
}
