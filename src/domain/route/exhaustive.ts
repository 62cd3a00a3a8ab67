import type { IndexPath } from "./bfs.ts";
import { comparePaths } from "./order.ts";
import { reachSet } from "./reach.ts";
import type { RouteIndex } from "./routeIndex.ts";

/** Nodes entered before the exhaustive search gives up. Ample for hand-made maps, bounded for big ones. */
const WORK_LIMIT = 200_000;

/**
 * The best `k` loopless routes from any of `starts` through `checkpoints` in order, by depth-first
 * enumeration of every such route; `complete` is false if it stopped at the work limit. A node is only
 * entered if the next checkpoint can still be reached from it (ignoring the nodes already used), which
 * keeps the search small on maps shaped like career ladders. Iterative, so long routes cannot overflow
 * the call stack.
 */
export function exhaustiveRoutes(
  index: RouteIndex,
  starts: readonly number[],
  checkpoints: readonly number[],
  k: number,
  avoid: readonly number[],
  workLimit = WORK_LIMIT,
): { paths: IndexPath[]; complete: boolean } {
  // A checkpoint named twice (not consecutively) needs a loop, so there is nothing to enumerate.
  if (new Set(checkpoints).size !== checkpoints.length) return { paths: [], complete: true };
  const { outStart, outNode, outEdge } = index;
  const { noEnter, noEnterMark } = index.scratch;
  const leadsTo = checkpoints.map((c, j) =>
    reachSet(index, [c], [...avoid, ...checkpoints.slice(j + 1)], true),
  );
  const onPath = new Uint8Array(index.ids.length);
  const nodes: number[] = [];
  const edges: number[] = [];
  const cursor: number[] = [];
  const reached: number[] = [];
  let results: IndexPath[] = [];
  let work = 0;
  const enter = (v: number) => {
    const before = reached.at(-1) ?? 0;
    nodes.push(v);
    cursor.push(outStart[v] as number);
    reached.push(v === checkpoints[before] ? before + 1 : before);
    onPath[v] = 1;
  };
  const leave = () => {
    onPath[nodes.pop() as number] = 0;
    edges.pop();
    cursor.pop();
    reached.pop();
  };
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    if (leadsTo[0]?.[start] !== 1) continue;
    enter(start);
    while (nodes.length > 0) {
      const top = nodes.length - 1;
      const done = reached[top] as number;
      if (done === checkpoints.length) {
        results.push({ nodes: [...nodes], edges: [...edges] });
        if (results.length > 4 * k) results = results.sort((a, b) => comparePaths(index, a, b)).slice(0, k);
        leave();
        continue;
      }
      const u = nodes[top] as number;
      const reachable = leadsTo[done] as Uint8Array;
      let slot = cursor[top] as number;
      const end = outStart[u + 1] as number;
      while (slot < end) {
        const w = outNode[slot] as number;
        if (onPath[w] === 0 && reachable[w] === 1 && noEnter[w] !== noEnterMark) break;
        slot++;
      }
      cursor[top] = slot + 1;
      if (slot >= end) {
        leave();
        continue;
      }
      if (++work > workLimit) return { paths: finish(index, results, k), complete: false };
      edges.push(outEdge[slot] as number);
      enter(outNode[slot] as number);
    }
  }
  return { paths: finish(index, results, k), complete: true };
}

function finish(index: RouteIndex, results: IndexPath[], k: number): IndexPath[] {
  return results.sort((a, b) => comparePaths(index, a, b)).slice(0, k);
}
