import type { CareerGraph } from "../careerGraph.ts";

/** FNV-1a over UTF-16 code units with a given offset basis; two bases give 64 bits without BigInt. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Maps are not changed in place (edits make a new graph), so a graph object keeps its name: the links and
 * the plan storage both ask for it when a map arrives, and a 20,000-path map takes tens of ms to hash.
 */
const identities = new WeakMap<CareerGraph, string>();

/**
 * Names a map by its structure: its level ids, node ids and paths (id, source, target), sorted, hashed.
 * A re-export of the same map (other key order, spacing, edited texts) keeps the name; two maps that share
 * a title but not their structure get different names (docs/decisions/0015-my-plan-in-local-storage.md).
 */
export function mapIdentity(graph: CareerGraph): string {
  const known = identities.get(graph);
  if (known !== undefined) return known;
  const canonical = JSON.stringify([
    graph.levels.map((level) => level.id).sort(byCodeUnits),
    graph.nodes.map((node) => node.id).sort(byCodeUnits),
    graph.edges.map((edge) => JSON.stringify([edge.id, edge.source, edge.target])).sort(byCodeUnits),
  ]);
  const identity = `map-${fnv1a(canonical, 0x811c9dc5)}${fnv1a(canonical, 0x050c5d1f)}`;
  identities.set(graph, identity);
  return identity;
}

/** The bundled map's fixed name: its plan must outlive updates of the bundled map's content. */
export const BUNDLED_MAP_ID = "bundled";

/** The name a plan is kept under: the bundled map (or a re-export of it) by its fixed name, others by structure. */
export function mapKey(graph: CareerGraph, bundled: CareerGraph | null): string {
  if (bundled === null) return mapIdentity(graph);
  if (graph === bundled) return BUNDLED_MAP_ID;
  const identity = mapIdentity(graph);
  return identity === mapIdentity(bundled) ? BUNDLED_MAP_ID : identity;
}
