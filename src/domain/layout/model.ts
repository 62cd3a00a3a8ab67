import type { CareerGraph, CareerNode, EdgeKind } from "../careerGraph.ts";
import { resolveNodeSize } from "./nodeSize.ts";
import type { NodeSizeSource, Size } from "./types.ts";

/** An edge between node indices. */
export interface ModelEdge {
  readonly source: number;
  readonly target: number;
  readonly kind: EdgeKind;
}

/**
 * The graph in a canonical form: nodes sorted by id and edges by their ends, so that the layout never
 * depends on the order of the input file (and so that sums of floats are taken in the same order).
 */
export interface LayoutModel {
  readonly nodes: readonly CareerNode[];
  /** Index of each node's band, from the order of `graph.levels`. */
  readonly band: readonly number[];
  readonly sizes: readonly Size[];
  readonly edges: readonly ModelEdge[];
  /** Neighbours of each node, both directions, in canonical edge order. */
  readonly neighbours: readonly (readonly number[])[];
  readonly bandCount: number;
}

/** Code-unit order: unlike `localeCompare`, the same on every machine and locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the canonical model. Nodes of an unknown level go to the last band and edges to unknown nodes or
 * from a node to itself are left out: a validated map has neither, and the layout should not throw.
 */
export function buildModel(graph: CareerGraph, nodeSize: NodeSizeSource | undefined): LayoutModel {
  const bandCount = Math.max(1, graph.levels.length);
  const rank = new Map(graph.levels.map((level, i) => [level.id, i]));
  // A repeated id (invalid anyway) keeps its first node, as the Map of positions could hold only one.
  const nodes = [...graph.nodes]
    .sort((a, b) => compareText(a.id, b.id))
    .filter((node, i, sorted) => i === 0 || sorted[i - 1]?.id !== node.id);
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const edges: ModelEdge[] = [];
  for (const edge of graph.edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source !== undefined && target !== undefined && source !== target) {
      edges.push({ source, target, kind: edge.kind });
    }
  }
  edges.sort((a, b) => a.source - b.source || a.target - b.target || compareText(a.kind, b.kind));
  const neighbours: number[][] = nodes.map(() => []);
  for (const edge of edges) {
    neighbours[edge.source]?.push(edge.target);
    neighbours[edge.target]?.push(edge.source);
  }
  return {
    nodes,
    band: nodes.map((node) => rank.get(node.level) ?? bandCount - 1),
    sizes: nodes.map((node) => resolveNodeSize(node, nodeSize)),
    edges,
    neighbours,
    bandCount,
  };
}
