import type { CareerEdge, CareerGraph, CareerNode, EdgeKind, Level } from "./careerGraph.ts";

/** Lookups over a loaded career graph, built once per graph. Maps, not objects, so ids like `__proto__` work. */
export interface GraphIndex {
  readonly graph: CareerGraph;
  readonly nodeById: ReadonlyMap<string, CareerNode>;
  readonly edgeById: ReadonlyMap<string, CareerEdge>;
  readonly levelById: ReadonlyMap<string, Level>;
  /** The position of each level in the map's order, lowest first. */
  readonly levelRank: ReadonlyMap<string, number>;
  readonly outgoing: ReadonlyMap<string, readonly CareerEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly CareerEdge[]>;
}

const NONE: readonly CareerEdge[] = [];

export function buildGraphIndex(graph: CareerGraph): GraphIndex {
  const outgoing = new Map<string, CareerEdge[]>();
  const incoming = new Map<string, CareerEdge[]>();
  for (const node of graph.nodes) {
    outgoing.set(node.id, []);
    incoming.set(node.id, []);
  }
  for (const edge of graph.edges) {
    outgoing.get(edge.source)?.push(edge);
    incoming.get(edge.target)?.push(edge);
  }
  return {
    graph,
    nodeById: new Map(graph.nodes.map((node) => [node.id, node])),
    edgeById: new Map(graph.edges.map((edge) => [edge.id, edge])),
    levelById: new Map(graph.levels.map((level) => [level.id, level])),
    levelRank: new Map(graph.levels.map((level, i) => [level.id, i])),
    outgoing,
    incoming,
  };
}

/** Edges leaving a node, optionally of some kinds only. */
export function outgoingEdges(
  index: GraphIndex,
  id: string,
  kinds?: readonly EdgeKind[],
): readonly CareerEdge[] {
  const edges = index.outgoing.get(id) ?? NONE;
  return kinds ? edges.filter((edge) => kinds.includes(edge.kind)) : edges;
}

/** Edges arriving at a node, optionally of some kinds only. */
export function incomingEdges(
  index: GraphIndex,
  id: string,
  kinds?: readonly EdgeKind[],
): readonly CareerEdge[] {
  const edges = index.incoming.get(id) ?? NONE;
  return kinds ? edges.filter((edge) => kinds.includes(edge.kind)) : edges;
}
