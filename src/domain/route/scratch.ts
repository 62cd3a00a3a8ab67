/**
 * Reusable search buffers for one route index. A search marks a node "seen" by writing the current stamp
 * rather than clearing arrays, so a query costs what it explores, not the size of the map.
 * The route finder is synchronous, so one set of buffers per index is enough.
 */
export interface Scratch {
  stamp: number;
  /** Nodes a search may not touch: `blocked[v] === blockMark`. */
  readonly blocked: Int32Array;
  blockMark: number;
  /** Nodes that may only be starts (from and held credentials): `noEnter[v] === noEnterMark`. */
  readonly noEnter: Int32Array;
  noEnterMark: number;
  /** Edges a search may not use, by edge index: `edgeOff[e] === edgeOffMark`. */
  readonly edgeOff: Int32Array;
  edgeOffMark: number;
  readonly fSeen: Int32Array;
  readonly fDist: Int32Array;
  readonly fQueue: Int32Array;
  /** Where each forward BFS layer starts in `fQueue`. */
  readonly fLayer: Int32Array;
  readonly bSeen: Int32Array;
  readonly bDist: Int32Array;
  readonly bQueue: Int32Array;
  readonly good: Int32Array;
}

export function createScratch(nodeCount: number, edgeCount: number): Scratch {
  return {
    stamp: 0,
    blocked: new Int32Array(nodeCount),
    blockMark: -1,
    noEnter: new Int32Array(nodeCount),
    noEnterMark: -1,
    edgeOff: new Int32Array(edgeCount),
    edgeOffMark: -1,
    fSeen: new Int32Array(nodeCount),
    fDist: new Int32Array(nodeCount),
    fQueue: new Int32Array(nodeCount),
    fLayer: new Int32Array(nodeCount + 1),
    bSeen: new Int32Array(nodeCount),
    bDist: new Int32Array(nodeCount),
    bQueue: new Int32Array(nodeCount),
    good: new Int32Array(nodeCount),
  };
}

/** A stamp no array holds yet. Stamps only grow, so one counter serves every array. */
export function nextStamp(scratch: Scratch): number {
  scratch.stamp += 1;
  return scratch.stamp;
}

/**
 * Call before each query. Wrapping the counter would make stale marks look current, so once it passes
 * 2^30 (a query uses far fewer stamps than the 2^30 left before overflow) every array is cleared.
 */
export function beginQuery(scratch: Scratch): void {
  if (scratch.stamp < 0x40000000) return;
  for (const array of [scratch.blocked, scratch.noEnter, scratch.edgeOff, scratch.fSeen]) array.fill(0);
  for (const array of [scratch.bSeen, scratch.good]) array.fill(0);
  scratch.stamp = 0;
  scratch.blockMark = scratch.noEnterMark = scratch.edgeOffMark = -1;
}

/** Block exactly the given nodes (every list together) for the searches that follow. */
export function blockNodes(scratch: Scratch, list: readonly number[], more: readonly number[] = []): void {
  const mark = nextStamp(scratch);
  scratch.blockMark = mark;
  for (const v of list) scratch.blocked[v] = mark;
  for (const v of more) scratch.blocked[v] = mark;
}

/** Forbid exactly the given edges for the searches that follow. */
export function switchOffEdges(scratch: Scratch, edges: readonly number[]): void {
  const mark = nextStamp(scratch);
  scratch.edgeOffMark = mark;
  for (const e of edges) scratch.edgeOff[e] = mark;
}

/** Make exactly the given nodes start-only for the searches that follow. */
export function markStartOnly(scratch: Scratch, nodes: readonly number[]): void {
  const mark = nextStamp(scratch);
  scratch.noEnterMark = mark;
  for (const v of nodes) scratch.noEnter[v] = mark;
}
