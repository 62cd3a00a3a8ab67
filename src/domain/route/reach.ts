import type { RouteIndex } from "./routeIndex.ts";

/**
 * Nodes reachable from `starts` along edge direction, or (with `backward`) the nodes from which `from`
 * can be reached, never touching `blocked`. Start-only nodes marked in the scratch buffers are never
 * entered. A fresh array, because callers keep several at once.
 */
export function reachSet(
  index: RouteIndex,
  from: readonly number[],
  blocked: readonly number[],
  backward = false,
): Uint8Array {
  const n = index.ids.length;
  const { noEnter, noEnterMark } = index.scratch;
  const [start, next] = backward ? [index.inStart, index.inNode] : [index.outStart, index.outNode];
  const off = new Uint8Array(n);
  for (const v of blocked) off[v] = 1;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const v of from) {
    if (off[v] === 1 || seen[v] === 1) continue;
    seen[v] = 1;
    queue[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head] as number;
    // Backward, stepping from u to a predecessor means entering u, which start-only nodes forbid.
    if (backward && noEnter[u] === noEnterMark) continue;
    for (let slot = start[u] as number, end = start[u + 1] as number; slot < end; slot++) {
      const w = next[slot] as number;
      if (seen[w] === 1 || off[w] === 1 || (!backward && noEnter[w] === noEnterMark)) continue;
      seen[w] = 1;
      queue[tail++] = w;
    }
  }
  return seen;
}

const MAX_NEAREST = 3;

/**
 * The reachable nodes (from `starts`, honouring `blocked`) that come closest to `target` when edge direction
 * is ignored: those at the smallest such distance, nearest level to the target's first, then by id; at most
 * three. Starts and the target itself are not suggestions.
 */
export function nearestReachable(
  index: RouteIndex,
  starts: readonly number[],
  target: number,
  blocked: readonly number[],
): number[] {
  const n = index.ids.length;
  const reachable = reachSet(index, starts, blocked);
  for (const s of starts) reachable[s] = 0;
  reachable[target] = 0;
  const seen = new Uint8Array(n);
  seen[target] = 1;
  let layer = [target];
  while (layer.length > 0) {
    const next: number[] = [];
    for (const u of layer) {
      for (const [start, other] of [
        [index.outStart, index.outNode],
        [index.inStart, index.inNode],
      ] as const) {
        for (let slot = start[u] as number, end = start[u + 1] as number; slot < end; slot++) {
          const w = other[slot] as number;
          if (seen[w] === 1) continue;
          seen[w] = 1;
          next.push(w);
        }
      }
    }
    const hits = next.filter((v) => reachable[v] === 1);
    if (hits.length > 0) return rankByLevel(index, hits, target).slice(0, MAX_NEAREST);
    layer = next;
  }
  return [];
}

function rankByLevel(index: RouteIndex, nodes: number[], target: number): number[] {
  const rank = (v: number) => index.levelRank.get(index.nodes[v]?.level ?? "") ?? 0;
  const goal = rank(target);
  return nodes.sort((a, b) => Math.abs(rank(a) - goal) - Math.abs(rank(b) - goal) || a - b);
}
