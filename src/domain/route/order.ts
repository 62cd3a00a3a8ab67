import type { IndexPath } from "./bfs.ts";
import type { RouteIndex } from "./routeIndex.ts";

/**
 * {@link compareRoutes} on numbered paths: node numbers follow id order, so only edge ids need looking up,
 * and only when two paths share every node (parallel edges).
 */
export function comparePaths(index: RouteIndex, a: IndexPath, b: IndexPath): number {
  const byLength = a.edges.length - b.edges.length;
  if (byLength !== 0) return byLength;
  for (let i = 0; i < a.nodes.length; i++) {
    const d = (a.nodes[i] as number) - (b.nodes[i] as number);
    if (d !== 0) return d;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i] as number;
    const y = b.edges[i] as number;
    if (x === y) continue;
    const xId = index.edges[x]?.id ?? "";
    const yId = index.edges[y]?.id ?? "";
    if (xId !== yId) return xId < yId ? -1 : 1;
  }
  return 0;
}

/** A string naming a path exactly, for telling paths apart. */
export function pathKey(path: IndexPath): string {
  return `${path.nodes.join(",")}|${path.edges.join(",")}`;
}

/** `prefix` followed by `rest`, where `rest` starts at the last node of `prefix`. */
export function joinPaths(prefix: IndexPath, rest: IndexPath): IndexPath {
  return { nodes: [...prefix.nodes, ...rest.nodes.slice(1)], edges: [...prefix.edges, ...rest.edges] };
}

/** The first `count` nodes and the edges between them. */
export function headOf(path: IndexPath, count: number): IndexPath {
  return { nodes: path.nodes.slice(0, count), edges: path.edges.slice(0, Math.max(0, count - 1)) };
}
