import type { CareerEdge, CareerNode, EdgeBasis, EdgeKind, NodeKind } from "../careerGraph.ts";
import { type Requirement, requirementsOf } from "./requirements.ts";
import type { RouteIndex } from "./routeIndex.ts";
import type { Route } from "./types.ts";

/** What a step does, named from the person's side of it. */
export type StepKind = "advance" | "lateral" | "earn-credential" | "qualify";

const STEP_KIND: Record<EdgeKind, StepKind> = {
  "advances-to": "advance",
  lateral: "lateral",
  "prepares-for": "earn-credential",
  "qualifies-for": "qualify",
};

export interface NodeRef {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly level: string;
}

export interface RouteStep {
  /** 1 for the first step. */
  readonly number: number;
  readonly kind: StepKind;
  readonly edgeId: string;
  readonly from: NodeRef;
  readonly to: NodeRef;
  /** The destination's exam, prerequisites and apprentice designation, in that order, where the map has them. */
  readonly requirements: readonly Requirement[];
  /** Why the map has this advancement path. */
  readonly basis: EdgeBasis;
}

export interface RouteTotals {
  readonly steps: number;
  /** Credentials the route steps into; a credential the route starts from is already held. */
  readonly credentialsToEarn: number;
  /** Positions the route steps into, not counting a position it starts from. */
  readonly positions: number;
}

export interface RouteExplanation {
  readonly start: NodeRef;
  readonly end: NodeRef;
  readonly steps: readonly RouteStep[];
  readonly totals: RouteTotals;
}

/**
 * A route step by step as plain data for the interface to render: what each step is, what it takes (from the
 * destination node's exam, prerequisites and apprentice designation) and the totals. Throws a RangeError if
 * the route does not belong to this map (an unknown id, or an edge that does not join its two nodes).
 */
export function explainRoute(index: RouteIndex, route: Route): RouteExplanation {
  const refs = route.nodes.map((id) => nodeRef(nodeOf(index, id)));
  const first = refs[0];
  const last = refs.at(-1);
  if (first === undefined || last === undefined || route.edges.length !== refs.length - 1) {
    throw new RangeError("A route needs at least one node and one edge fewer than nodes");
  }
  const steps = route.edges.map((edgeId, i): RouteStep => {
    const from = refs[i] as NodeRef;
    const to = refs[i + 1] as NodeRef;
    const edge = edgeBetween(index, from.id, to.id, edgeId);
    if (edge === undefined) {
      throw new RangeError(`Edge ${JSON.stringify(edgeId)} does not lead from ${from.id} to ${to.id}`);
    }
    return edgeStep(i + 1, edge, from, to, requirementsOf(nodeOf(index, to.id)));
  });
  const entered = refs.slice(1);
  return {
    start: first,
    end: last,
    steps,
    totals: {
      steps: steps.length,
      credentialsToEarn: entered.filter((ref) => ref.kind === "credential").length,
      positions: entered.filter((ref) => ref.kind === "position").length,
    },
  };
}

/** One line for a list of routes, e.g. "Medical Records Clerk → Coding Director: 6 steps, 2 credentials". */
export function summarizeRoute(index: RouteIndex, route: Route): string {
  const { start, end, totals } = explainRoute(index, route);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${start.label} → ${end.label}: ${plural(totals.steps, "step")}, ${plural(totals.credentialsToEarn, "credential")}`;
}

function edgeStep(
  number: number,
  edge: CareerEdge,
  from: NodeRef,
  to: NodeRef,
  requirements: Requirement[],
): RouteStep {
  return { number, kind: STEP_KIND[edge.kind], edgeId: edge.id, from, to, requirements, basis: edge.basis };
}

/** The edge with this id among the out-edges of `from` that lead to `to`: a short scan of one row. */
function edgeBetween(index: RouteIndex, from: string, to: string, edgeId: string): CareerEdge | undefined {
  const source = index.indexOf.get(from) ?? -1;
  const target = index.indexOf.get(to) ?? -1;
  for (let slot = index.outStart[source] ?? 0; slot < (index.outStart[source + 1] ?? 0); slot++) {
    const edge = index.edges[index.outEdge[slot] ?? -1];
    if (index.outNode[slot] === target && edge?.id === edgeId) return edge;
  }
  return undefined;
}

function nodeOf(index: RouteIndex, id: string): CareerNode {
  const node = index.nodes[index.indexOf.get(id) ?? -1];
  if (node === undefined) throw new RangeError(`Node ${JSON.stringify(id)} is not on this map`);
  return node;
}

function nodeRef(node: CareerNode): NodeRef {
  return { id: node.id, kind: node.kind, label: node.label, level: node.level };
}
