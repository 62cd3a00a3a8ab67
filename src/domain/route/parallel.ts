import { edgeMonths } from "./costs.ts";
import type { RouteIndex } from "./routeIndex.ts";

const leadersByIndex = new WeakMap<RouteIndex, Uint8Array>();

/**
 * For each out-slot, 1 if its edge leads among the parallel edges it sits with (same source and target):
 * no other is as quick at the least and at the most and quicker in one (or the same and first by id).
 * Routes follow only leaders; where two lead (one quicker at the least, the other at the most, which the
 * experience a role asks for can turn either way), the routes through them read the same and the search
 * keeps the first, which is the better. A route's card names the other kinds of path between the same two
 * nodes.
 */
export function parallelLeaders(index: RouteIndex): Uint8Array {
  const known = leadersByIndex.get(index);
  if (known) return known;
  const { outStart, outNode, outEdge, facts } = index;
  const leaders = new Uint8Array(outNode.length);
  const beats = (a: number, b: number, earlier: boolean) => {
    const [ea, eb] = [outEdge[a] as number, outEdge[b] as number];
    const d0 = edgeMonths(facts, ea, false) - edgeMonths(facts, eb, false);
    const d1 = edgeMonths(facts, ea, true) - edgeMonths(facts, eb, true);
    return d0 <= 0 && d1 <= 0 && (d0 < 0 || d1 < 0 || earlier);
  };
  for (let u = 0; u + 1 < outStart.length; u++) {
    const end = outStart[u + 1] as number;
    for (let run = outStart[u] as number; run < end; ) {
      let runEnd = run + 1;
      while (runEnd < end && outNode[runEnd] === outNode[run]) runEnd++;
      for (let slot = run; slot < runEnd; slot++) {
        let lead = true;
        for (let other = run; other < runEnd && lead; other++) {
          if (other !== slot && beats(other, slot, other < slot)) lead = false;
        }
        if (lead) leaders[slot] = 1;
      }
      run = runEnd;
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
