import type { CareerGraph } from "../domain/careerGraph.ts";
import type { CareerLayout } from "../domain/layout/types.ts";

/**
 * Below this gap between two boxes, Cytoscape cannot bend two paths between them apart: it pushes each
 * curve's control point clear of its arrowhead and into the other box, then refuses to draw the path
 * ("invalid endpoints"). Measured: an 18 px gap (rows of a big map's column) fails, 40 px (the bundled
 * map's closest pair) draws.
 */
const MIN_CURVED_GAP = 36;

/**
 * The paths that share their two roles with another path (a lateral move both ways, or a credential
 * that a role prepares for and that qualifies for it) where the two boxes stand too close for curves.
 * They are drawn straight instead, on one line, each with its own arrowhead: a two-headed arrow.
 */
export function closePairPaths(graph: CareerGraph, placed: CareerLayout): Set<string> {
  const byPair = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    const key =
      edge.source < edge.target ? `${edge.source}\n${edge.target}` : `${edge.target}\n${edge.source}`;
    const ids = byPair.get(key);
    if (ids) ids.push(edge.id);
    else byPair.set(key, [edge.id]);
  }
  const close = new Set<string>();
  for (const [key, ids] of byPair) {
    if (ids.length < 2) continue;
    const [a = "", b = ""] = key.split("\n");
    if (gapBetween(placed, a, b) < MIN_CURVED_GAP) for (const id of ids) close.add(id);
  }
  return close;
}

/** The clear space between two boxes: along the axis on which they stand apart the most. */
function gapBetween(placed: CareerLayout, a: string, b: string): number {
  const pa = placed.positions.get(a);
  const pb = placed.positions.get(b);
  const sa = placed.sizes.get(a);
  const sb = placed.sizes.get(b);
  if (!pa || !pb || !sa || !sb) return Number.POSITIVE_INFINITY;
  const across = Math.abs(pa.x - pb.x) - (sa.width + sb.width) / 2;
  const down = Math.abs(pa.y - pb.y) - (sa.height + sb.height) / 2;
  return Math.max(across, down);
}
