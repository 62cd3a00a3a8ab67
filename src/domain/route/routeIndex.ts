import type { CareerEdge, CareerGraph, CareerNode } from "../careerGraph.ts";
import { buildRouteFacts, type RouteFacts } from "./facts.ts";

/**
 * A career map prepared for route finding, built once per map. Nodes are numbered in id order (UTF-16 code
 * units), so comparing numbers compares ids. Adjacency is compressed sparse rows: the out-edges of node v are
 * slots `outStart[v]` to `outStart[v + 1]`, sorted by target number then edge id, so the first usable slot
 * is always the tie-break winner. Self-loops and edges to unknown nodes are left out: no route can use them.
 */
export interface RouteIndex {
  readonly ids: readonly string[];
  readonly nodes: readonly CareerNode[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** The map's edges in file order; an edge's number is its place here. */
  readonly edges: readonly CareerEdge[];
  readonly levelRank: ReadonlyMap<string, number>;
  readonly outStart: Int32Array;
  readonly outNode: Int32Array;
  readonly outEdge: Int32Array;
  readonly inStart: Int32Array;
  readonly inNode: Int32Array;
  readonly inEdge: Int32Array;
  /** Requirements, times and fees in numbers, for the search. */
  readonly facts: RouteFacts;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Prepare a career map for {@link findRoutes}. Duplicate node ids keep the first node. */
export function buildRouteIndex(graph: CareerGraph): RouteIndex {
  const nodes: CareerNode[] = [];
  for (const node of [...graph.nodes].sort(byId)) {
    if (nodes.at(-1)?.id !== node.id) nodes.push(node);
  }
  const ids = nodes.map((node) => node.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const edges = graph.edges;
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const kept = new Int32Array(edges.length);
  let m = 0;
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as CareerEdge;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    from[m] = s;
    to[m] = t;
    kept[m] = e;
    m += 1;
  }
  const out = compress(ids.length, from.subarray(0, m), to.subarray(0, m), kept.subarray(0, m), edges);
  const inward = compress(ids.length, to.subarray(0, m), from.subarray(0, m), kept.subarray(0, m), edges);
  const index = {
    ids,
    nodes,
    indexOf,
    edges,
    levelRank: new Map(graph.levels.map((level, i) => [level.id, i])),
    outStart: out.start,
    outNode: out.node,
    outEdge: out.edge,
    inStart: inward.start,
    inNode: inward.node,
    inEdge: inward.edge,
  };
  return { ...index, facts: buildRouteFacts(nodes, edges, indexOf) };
}

interface Rows {
  start: Int32Array;
  node: Int32Array;
  edge: Int32Array;
}

/**
 * Rows keyed by `key`, each sorted by `other` then edge id. Two counting sorts (by `other`, then stably by
 * `key`) give the order in linear time; only runs of parallel edges need comparing ids.
 */
function compress(
  n: number,
  key: Int32Array,
  other: Int32Array,
  kept: Int32Array,
  edges: readonly CareerEdge[],
): Rows {
  const m = kept.length;
  const byOther = rowStarts(n, other);
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[takeSlot(byOther, other[i] as number)] = i;
  const start = rowStarts(n, key);
  const fill = start.slice(0, n);
  const node = new Int32Array(m);
  const edge = new Int32Array(m);
  for (const i of order) {
    const slot = takeSlot(fill, key[i] as number);
    node[slot] = other[i] as number;
    edge[slot] = kept[i] as number;
  }
  sortParallelRuns(start, node, edge, edges);
  return { start, node, edge };
}

/** Where each node's row begins when rows hold one slot per occurrence of the node in `keys`. */
function rowStarts(n: number, keys: Int32Array): Int32Array {
  const start = new Int32Array(n + 1);
  for (const k of keys) start[k + 1] = (start[k + 1] as number) + 1;
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  return start;
}

/** The next free slot of a row, advancing the row's cursor. */
function takeSlot(cursor: Int32Array, row: number): number {
  const slot = cursor[row] as number;
  cursor[row] = slot + 1;
  return slot;
}

/** Parallel edges sit side by side within a row; order them by edge id (insertion sort: runs are tiny). */
function sortParallelRuns(
  start: Int32Array,
  node: Int32Array,
  edge: Int32Array,
  edges: readonly CareerEdge[],
) {
  const idOf = (slot: number) => (edges[edge[slot] as number] as CareerEdge).id;
  for (let row = 0; row + 1 < start.length; row++) {
    const first = start[row] as number;
    for (let slot = first + 1; slot < (start[row + 1] as number); slot++) {
      if (node[slot] !== node[slot - 1]) continue;
      const moving = edge[slot] as number;
      const movingId = idOf(slot);
      let j = slot - 1;
      while (j >= first && node[j] === node[slot] && idOf(j) > movingId) {
        edge[j + 1] = edge[j] as number;
        j -= 1;
      }
      edge[j + 1] = moving;
    }
  }
}
