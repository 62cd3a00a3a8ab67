import type { CareerGraph, CareerNode } from "../../../src/domain/careerGraph.ts";
import { requirementItemsOf } from "./mapContents.ts";

const meets = (node: CareerNode, held: ReadonlySet<string>): boolean =>
  (node.requirements?.credentials ?? []).every((group) => group.oneOf.some((id) => held.has(id)));

/**
 * The nodes someone standing at `start` with no credentials can reach when every step honours the map's
 * credential groups: a position is entered only holding one credential of each of its groups, a credential
 * is earned (and held from then on) only when its own groups are met. An independent check of the data, far
 * simpler than the route finder: breadth-first over (node, credentials held).
 */
export function reachableHonouringRequirements(graph: CareerGraph, start: string): Set<string> {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const out = new Map<string, string[]>();
  for (const edge of graph.edges) out.set(edge.source, [...(out.get(edge.source) ?? []), edge.target]);
  const seenStates = new Set<string>();
  const reached = new Set<string>();
  const queue: { at: string; held: ReadonlySet<string> }[] = [{ at: start, held: new Set() }];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    const key = `${state.at}|${[...state.held].sort().join(",")}`;
    if (seenStates.has(key)) continue;
    seenStates.add(key);
    reached.add(state.at);
    for (const next of out.get(state.at) ?? []) {
      const node = byId.get(next);
      if (node === undefined || !meets(node, state.held)) continue;
      const held = node.kind === "credential" ? new Set([...state.held, node.id]) : state.held;
      queue.push({ at: next, held });
    }
  }
  return reached;
}

export type BasisMix = "sourced" | "inferred" | "mixed";

/** Whether a node's requirements rest only on sources, only on inference, or on both. */
export function basisMixOf(node: CareerNode): BasisMix | undefined {
  const kinds = new Set(requirementItemsOf(node).map((item) => item.basis.kind));
  if (kinds.size === 0) return undefined;
  if (kinds.size === 2) return "mixed";
  return kinds.has("sourced") ? "sourced" : "inferred";
}
