import type { CareerGraph } from "../../src/domain/careerGraph.ts";

/**
 * A start and goal for the route figure: an entry position and the position farthest from it along
 * "advances-to" paths (breadth first), so the drawn route has several steps and certainly exists.
 */
export function routeEnds(graph: CareerGraph): [string, string] {
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== "advances-to") continue;
    next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  }
  let best: [string, string, number] = ["", "", -1];
  const starts = graph.nodes.filter((n) => n.kind === "position" && n.level === graph.levels[0]?.id);
  for (const start of starts.slice(0, 20)) {
    const depth = new Map([[start.id, 0]]);
    const queue = [start.id];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      for (const to of next.get(id) ?? []) {
        if (depth.has(to)) continue;
        depth.set(to, (depth.get(id) ?? 0) + 1);
        queue.push(to);
      }
    }
    for (const [id, d] of depth) if (d > best[2]) best = [start.id, id, d];
  }
  if (best[2] < 1) throw new Error("the generated map has no advancement route");
  return [best[0], best[1]];
}
