import { QUALIFIES } from "./facts.ts";
import type { RouteIndex } from "./routeIndex.ts";

/** Nodes reachable from `starts` along the map's arrows (backward: the nodes that lead to them), never touching `blocked`. */
export function arrowReach(
  index: RouteIndex,
  starts: readonly number[],
  blocked: Uint8Array,
  backward = false,
): Uint8Array {
  const [start, next] = backward ? [index.inStart, index.inNode] : [index.outStart, index.outNode];
  const seen = new Uint8Array(index.ids.length);
  const queue: number[] = [];
  for (const v of starts) {
    if (blocked[v] === 1 || seen[v] === 1) continue;
    seen[v] = 1;
    queue.push(v);
  }
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head] as number;
    for (let slot = start[u] as number, end = start[u + 1] as number; slot < end; slot++) {
      const w = next[slot] as number;
      if (seen[w] === 1 || blocked[w] === 1) continue;
      seen[w] = 1;
      queue.push(w);
    }
  }
  return seen;
}

/**
 * Every position one could ever enter and every credential one could ever earn from `from` holding `held`
 * when requirements are honoured, ignoring time and the rule that a route never repeats a node: a
 * superset of what routes can reach, so a node outside it is out of reach for certain. A node whose
 * credential groups are not met yet waits on the credentials of its first unmet group.
 */
export function requirementReach(
  index: RouteIndex,
  from: number,
  held: readonly number[],
  avoid: Uint8Array,
): Uint8Array {
  const { facts, outStart, outNode, outEdge } = index;
  const inside = new Uint8Array(index.ids.length);
  const waiting = new Map<number, number[]>();
  const queue: number[] = [];
  const unmetGroup = (w: number) =>
    facts.groups[w]?.find((group) => !group.some((c) => inside[c] === 1 && facts.isCredential[c] === 1));
  const tryEnter = (w: number) => {
    if (inside[w] === 1 || avoid[w] === 1) return;
    const unmet = unmetGroup(w);
    if (unmet === undefined) {
      inside[w] = 1;
      queue.push(w);
      return;
    }
    for (const c of unmet) waiting.set(c, [...(waiting.get(c) ?? []), w]);
  };
  for (const c of held) {
    inside[c] = 1;
    queue.push(c);
  }
  if (avoid[from] !== 1 && inside[from] !== 1) {
    inside[from] = 1;
    queue.push(from);
  }
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head] as number;
    const credential = facts.isCredential[u] === 1;
    for (let slot = outStart[u] as number, end = outStart[u + 1] as number; slot < end; slot++) {
      // A credential opens only its "qualifies for" paths; a position all of its paths.
      if (credential && facts.edgeKind[outEdge[slot] as number] !== QUALIFIES) continue;
      tryEnter(outNode[slot] as number);
    }
    if (!credential) continue;
    const woken = waiting.get(u) ?? [];
    waiting.delete(u);
    for (const w of woken) tryEnter(w);
  }
  return inside;
}

const MAX_NEAREST = 3;

/**
 * The reachable nodes that come closest to `target` when arrow direction is ignored: those at the
 * smallest such distance, nearest level to the target's first, then by id; at most three. Starts and the
 * target itself are not suggestions.
 */
export function nearestReachable(
  index: RouteIndex,
  reachable: Uint8Array,
  starts: readonly number[],
  target: number,
): number[] {
  const candidates = Uint8Array.from(reachable);
  for (const s of starts) candidates[s] = 0;
  candidates[target] = 0;
  const seen = new Uint8Array(index.ids.length);
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
    const hits = next.filter((v) => candidates[v] === 1);
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
