import { edgeMonths } from "./costs.ts";
import type { RouteIndex } from "./routeIndex.ts";

const leadersByIndex = new WeakMap<RouteIndex, Uint8Array>();

/**
 * For each out-slot, 1 if its edge leads among the parallel edges it sits with (same source and target):
 * the quickest, then the first by id. Routes follow only leaders, so two routes never differ only in a
 * parallel path; a route's card names the other kinds of path between the same two nodes.
 */
export function parallelLeaders(index: RouteIndex): Uint8Array {
  const known = leadersByIndex.get(index);
  if (known) return known;
  const { outStart, outNode, outEdge, facts } = index;
  const leaders = new Uint8Array(outNode.length);
  for (let u = 0; u + 1 < outStart.length; u++) {
    let lead = -1;
    for (let slot = outStart[u] as number, end = outStart[u + 1] as number; slot < end; slot++) {
      if (lead < 0 || outNode[slot] !== outNode[lead]) {
        lead = slot;
        leaders[slot] = 1;
        continue;
      }
      const e = outEdge[slot] as number;
      const l = outEdge[lead] as number;
      const d0 = edgeMonths(facts, e, false) - edgeMonths(facts, l, false);
      const d1 = edgeMonths(facts, e, true) - edgeMonths(facts, l, true);
      if (d0 < 0 || (d0 === 0 && d1 < 0)) {
        leaders[lead] = 0;
        leaders[slot] = 1;
        lead = slot;
      }
    }
  }
  leadersByIndex.set(index, leaders);
  return leaders;
}

/**
 * What a route looks like to a person: its steps as "source>target", with exams taken one after another in
 * the same role in a fixed order, since the order they are listed in changes nothing the person does.
 */
export function routeLook(index: RouteIndex, edges: readonly number[]): string {
  const parts: string[] = [];
  let block: string[] = [];
  let blockSource = "";
  const flush = () => {
    parts.push(...block.sort());
    block = [];
  };
  for (const e of edges) {
    const edge = index.edges[e];
    if (!edge) continue;
    const part = `${edge.source}\u0000${edge.target}`;
    if (edge.kind === "prepares-for") {
      if (edge.source !== blockSource) flush();
      blockSource = edge.source;
      block.push(part);
      continue;
    }
    flush();
    blockSource = "";
    parts.push(part);
  }
  flush();
  return parts.join("\u0001");
}

/**
 * Whether every credential the route earns is used later: a later step leaves from it ("qualifies for"),
 * a later destination asks for it, or it is a stop or the goal.
 */
export function everyExamCounts(
  index: RouteIndex,
  edges: readonly number[],
  checkpoints: readonly number[],
): boolean {
  const { facts, edges: all } = index;
  for (let i = 0; i < edges.length; i++) {
    const edge = all[edges[i] as number];
    const c = index.indexOf.get(edge?.target ?? "") ?? -1;
    if (facts.isCredential[c] !== 1 || checkpoints.includes(c)) continue;
    let used = false;
    for (let j = i + 1; j < edges.length && !used; j++) {
      const later = all[edges[j] as number];
      const w = index.indexOf.get(later?.target ?? "") ?? -1;
      used = later?.source === edge?.target || (facts.groups[w]?.some((group) => group.includes(c)) ?? false);
    }
    if (!used) return false;
  }
  return true;
}
