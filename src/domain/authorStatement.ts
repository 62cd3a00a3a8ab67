import type { CareerGraph, CareerNode } from "./careerGraph.ts";

/**
 * The author's own statement that backs a node, if any: the node's `internal` note, or the map's when
 * the node has no source link of its own. Shown as the author's words, never as a link.
 */
export function authorStatement(graph: CareerGraph, node: CareerNode): string | undefined {
  return node.internal?.note ?? (node.sources.length === 0 ? graph.internal?.note : undefined);
}
