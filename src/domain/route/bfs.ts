import type { RouteIndex } from "./routeIndex.ts";
import { nextStamp } from "./scratch.ts";

/** A route in node and edge numbers: `edges[i]` joins `nodes[i]` to `nodes[i + 1]`. */
export interface IndexPath {
  readonly nodes: number[];
  readonly edges: number[];
}

// Typed-array reads below are within bounds by construction of the index, hence the `as number` casts.

/**
 * The best route (fewest steps, then smallest node numbers in order, then smallest edge ids) from any of
 * `starts` to `target`, honouring the blocked nodes, start-only nodes and switched-off edges currently
 * marked in the scratch buffers; null if there is none.
 *
 * Bidirectional BFS, whole layers at a time from the smaller frontier, until the two searches meet. Every
 * shortest route crosses the last forward layer at a node both searches saw; marking the forward nodes that
 * lead to those lets a greedy walk take the smallest usable slot at each step, which is the tie-break winner.
 */
export function shortestPath(index: RouteIndex, starts: readonly number[], target: number): IndexPath | null {
  const sc = index.scratch;
  const { blocked, noEnter, edgeOff, fSeen, fDist, fQueue, fLayer, bSeen, bDist, bQueue } = sc;
  const { blockMark, noEnterMark, edgeOffMark } = sc;
  const { outStart, outNode, outEdge, inStart, inNode, inEdge } = index;
  if (blocked[target] === blockMark) return null;
  const fMark = nextStamp(sc);
  const bMark = nextStamp(sc);
  let fTail = 0;
  for (const s of starts) {
    if (blocked[s] === blockMark || fSeen[s] === fMark) continue;
    fSeen[s] = fMark;
    fDist[s] = 0;
    fQueue[fTail++] = s;
  }
  if (fTail === 0) return null;
  if (fSeen[target] === fMark) return { nodes: [target], edges: [] };
  if (noEnter[target] === noEnterMark) return null;
  bSeen[target] = bMark;
  bDist[target] = 0;
  bQueue[0] = target;
  let bLo = 0;
  let bHi = 1;
  let fDepth = 0;
  let bDepth = 0;
  fLayer[0] = 0;
  let met = false;
  while (!met) {
    const fLo = fLayer[fDepth] as number;
    if (fTail === fLo || bHi === bLo) return null;
    if (fTail - fLo <= bHi - bLo) {
      let tail = fTail;
      for (let q = fLo; q < fTail; q++) {
        const u = fQueue[q] as number;
        for (let slot = outStart[u] as number, end = outStart[u + 1] as number; slot < end; slot++) {
          const w = outNode[slot] as number;
          if (fSeen[w] === fMark || blocked[w] === blockMark || noEnter[w] === noEnterMark) continue;
          if (edgeOff[outEdge[slot] as number] === edgeOffMark) continue;
          fSeen[w] = fMark;
          fDist[w] = fDepth + 1;
          fQueue[tail++] = w;
          if (bSeen[w] === bMark) met = true;
        }
      }
      fDepth += 1;
      fLayer[fDepth] = fTail;
      fTail = tail;
    } else {
      let tail = bHi;
      for (let q = bLo; q < bHi; q++) {
        const x = bQueue[q] as number;
        if (noEnter[x] === noEnterMark) continue;
        for (let slot = inStart[x] as number, end = inStart[x + 1] as number; slot < end; slot++) {
          const u = inNode[slot] as number;
          if (bSeen[u] === bMark || blocked[u] === blockMark) continue;
          if (edgeOff[inEdge[slot] as number] === edgeOffMark) continue;
          bSeen[u] = bMark;
          bDist[u] = bDepth + 1;
          bQueue[tail++] = u;
          if (fSeen[u] === fMark) met = true;
        }
      }
      bDepth += 1;
      bLo = bHi;
      bHi = tail;
    }
  }
  return walk(index, fMark, bMark, fDepth, fDepth + bDepth, fTail);
}

/** Mark the forward nodes on some shortest route, then walk the smallest usable slot at each step. */
function walk(index: RouteIndex, fMark: number, bMark: number, meet: number, length: number, fTail: number) {
  const sc = index.scratch;
  const { blocked, noEnter, edgeOff, fSeen, fDist, fQueue, fLayer, bSeen, bDist, good } = sc;
  const { blockMark, noEnterMark, edgeOffMark } = sc;
  const { outStart, outNode, outEdge, inStart, inNode, inEdge } = index;
  const gMark = nextStamp(sc);
  for (let q = fLayer[meet] as number; q < fTail; q++) {
    const v = fQueue[q] as number;
    if (bSeen[v] === bMark) good[v] = gMark;
  }
  for (let depth = meet; depth > 0; depth--) {
    const end = depth === meet ? fTail : (fLayer[depth + 1] as number);
    for (let q = fLayer[depth] as number; q < end; q++) {
      const v = fQueue[q] as number;
      if (good[v] !== gMark) continue;
      for (let slot = inStart[v] as number, stop = inStart[v + 1] as number; slot < stop; slot++) {
        const u = inNode[slot] as number;
        if (fSeen[u] !== fMark || fDist[u] !== depth - 1 || edgeOff[inEdge[slot] as number] === edgeOffMark)
          continue;
        good[u] = gMark;
      }
    }
  }
  let current = -1;
  for (let q = 0; q < (meet === 0 ? fTail : (fLayer[1] as number)); q++) {
    const s = fQueue[q] as number;
    if (good[s] === gMark && (current < 0 || s < current)) current = s;
  }
  const nodes = [current];
  const edges: number[] = [];
  for (let step = 0; step < length; step++) {
    for (let slot = outStart[current] as number, end = outStart[current + 1] as number; slot < end; slot++) {
      const w = outNode[slot] as number;
      const e = outEdge[slot] as number;
      if (blocked[w] === blockMark || noEnter[w] === noEnterMark || edgeOff[e] === edgeOffMark) continue;
      const onRoute =
        step < meet
          ? fSeen[w] === fMark && fDist[w] === step + 1 && good[w] === gMark
          : bSeen[w] === bMark && bDist[w] === length - step - 1;
      if (!onRoute) continue;
      nodes.push(w);
      edges.push(e);
      current = w;
      break;
    }
  }
  return { nodes, edges };
}
