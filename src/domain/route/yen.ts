import { type IndexPath, shortestPath } from "./bfs.ts";
import { comparePaths, headOf, joinPaths, pathKey } from "./order.ts";
import type { RouteIndex } from "./routeIndex.ts";
import { blockNodes, switchOffEdges } from "./scratch.ts";

interface Found extends IndexPath {
  /** Where this path left the path it was derived from; -1 means at the choice of start. */
  readonly deviation: number;
}

/**
 * Up to `k` loopless routes from any of `starts` to `target` avoiding `blocked`, in {@link comparePaths}
 * order: exactly the first k of all such routes sorted that way (Yen's algorithm with a shortest-path search
 * that itself returns the tie-break winner).
 *
 * The choice among several starts is treated as one more branching point in front of the first node, as if a
 * virtual start joined every real one. Spur searches only begin at or after the point where the previous
 * route deviated from its parent (Lawler's refinement): earlier spurs would repeat searches already made.
 * Start-only nodes must already be marked in the scratch buffers.
 */
export function kShortestPaths(
  index: RouteIndex,
  starts: readonly number[],
  target: number,
  k: number,
  blocked: readonly number[],
): IndexPath[] {
  const sc = index.scratch;
  blockNodes(sc, blocked);
  switchOffEdges(sc, []);
  const first = shortestPath(index, starts, target);
  if (first === null) return [];
  if (k === 1) return [first];
  const found: Found[] = [{ ...first, deviation: -1 }];
  const known = new Set([pathKey(first)]);
  const candidates: Found[] = [];
  while (found.length < k) {
    const last = found[found.length - 1] as Found;
    for (let spur = last.deviation; spur < last.nodes.length - 1; spur++) {
      const root = headOf(last, spur + 1);
      const sameRoot = found.filter((path) => sharesRoot(path, last, spur));
      blockNodes(sc, blocked, root.nodes.slice(0, -1));
      switchOffEdges(sc, spur < 0 ? [] : sameRoot.map((path) => path.edges[spur] as number));
      const spurStarts =
        spur < 0
          ? starts.filter((s) => !found.some((path) => path.nodes[0] === s))
          : [last.nodes[spur] as number];
      const rest = shortestPath(index, spurStarts, target);
      if (rest === null) continue;
      const candidate = spur < 0 ? rest : joinPaths(root, rest);
      const key = pathKey(candidate);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push({ ...candidate, deviation: spur });
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let i = 1; i < candidates.length; i++) {
      if (comparePaths(index, candidates[i] as Found, candidates[best] as Found) < 0) best = i;
    }
    found.push(...candidates.splice(best, 1));
  }
  return found.map(({ nodes, edges }) => ({ nodes, edges }));
}

/** Whether `path` follows `last` through its first `spur + 1` nodes (and the edges between them). */
function sharesRoot(path: IndexPath, last: IndexPath, spur: number): boolean {
  for (let i = 0; i <= spur; i++) {
    if (path.nodes[i] !== last.nodes[i]) return false;
    if (i < spur && path.edges[i] !== last.edges[i]) return false;
  }
  return true;
}
