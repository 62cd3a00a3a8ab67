import type { CareerEdge, CareerNode, EdgeKind } from "../../domain/careerGraph.ts";
import { type GraphIndex, incomingEdges, outgoingEdges } from "../../domain/graphIndex.ts";
import { compareLabels } from "../../domain/labelOrder.ts";

export type Direction = "out" | "in";

export interface Connection {
  readonly edge: CareerEdge;
  /** The node at the other end of the edge. */
  readonly node: CareerNode;
}

export interface ConnectionGroup {
  readonly kind: EdgeKind;
  readonly title: string;
  readonly connections: readonly Connection[];
}

/** Group titles in plain words, read from the selected node's side; the order is the order shown. */
const TITLES: Record<Direction, readonly (readonly [EdgeKind, string])[]> = {
  out: [
    ["advances-to", "Advances to"],
    ["lateral", "Can move across to"],
    ["prepares-for", "Prepares you for"],
    ["qualifies-for", "Qualifies you for"],
  ],
  in: [
    ["advances-to", "Reached from"],
    ["lateral", "Moved across from"],
    ["qualifies-for", "Credentials that qualify you"],
    ["prepares-for", "Earned by people in"],
  ],
};

/** The selected node's paths in one direction, grouped by kind, each group ordered by level then label. */
export function connectionGroups(index: GraphIndex, id: string, direction: Direction): ConnectionGroup[] {
  const edges = direction === "out" ? outgoingEdges(index, id) : incomingEdges(index, id);
  const rank = (node: CareerNode) => index.levelRank.get(node.level) ?? Number.MAX_SAFE_INTEGER;
  const groups: ConnectionGroup[] = [];
  for (const [kind, title] of TITLES[direction]) {
    const connections: Connection[] = [];
    for (const edge of edges) {
      if (edge.kind !== kind) continue;
      const node = index.nodeById.get(direction === "out" ? edge.target : edge.source);
      if (node) connections.push({ edge, node });
    }
    connections.sort(
      (a, b) =>
        rank(a.node) - rank(b.node) ||
        compareLabels(a.node.label, b.node.label) ||
        (a.edge.id < b.edge.id ? -1 : 1),
    );
    if (connections.length > 0) groups.push({ kind, title, connections });
  }
  return groups;
}
