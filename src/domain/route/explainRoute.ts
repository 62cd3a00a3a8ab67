import type { CareerEdge, CareerNode, EdgeBasis, EdgeKind, Fee } from "../careerGraph.ts";
import { lowestFee } from "./facts.ts";
import { type Need, needsOf } from "./needs.ts";
import type { NodeRef } from "./nodeRef.ts";
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

export type { NodeRef } from "./nodeRef.ts";

/** A span of years; `max` equals `min` where the map gives one number. */
export interface Years {
  readonly min: number;
  readonly max: number;
}

export interface RouteStep {
  /** 1 for the first step. */
  readonly number: number;
  readonly kind: StepKind;
  readonly edgeId: string;
  /** Where the step leaves from: the role one is in, or (qualify) the credential that opens the door. */
  readonly from: NodeRef;
  readonly to: NodeRef;
  /** The path's own time in the source role before the move; null where the map gives none. */
  readonly time: (Years & { readonly basis: EdgeBasis }) | null;
  /** Years the route waits here for the experience the destination asks for (0 for none). */
  readonly waitYears: number;
  /** Years since the start when the step is done, counting steps without a time as none. */
  readonly doneBy: Years;
  /** What the destination asks for, each with its basis, and what on the route meets it. */
  readonly needs: readonly Need[];
  /** The destination's exam, prerequisites and apprentice designation, in that order, where the map has them. */
  readonly facts: readonly Requirement[];
  /** The fee that counts for an exam step: the lowest the map lists. */
  readonly fee: Fee | null;
  /** Why the map has this advancement path. */
  readonly basis: EdgeBasis;
  /** Kinds of the other paths between the same two nodes (a parallel path the route could equally take). */
  readonly otherKinds: readonly EdgeKind[];
}

/** Yearly pay from a node's figures. */
export interface Pay {
  readonly label: string;
  readonly value: number;
  readonly year: number;
  readonly source: string;
}

export interface RouteTotals {
  readonly steps: number;
  /** Years from start to goal, counting steps without a time as none; see `stepsWithoutTime`. */
  readonly years: Years;
  readonly stepsWithoutTime: number;
  /** The exam fees that count, added up (US dollars), with the years they were charged. */
  readonly fees: { readonly amount: number; readonly currency: string; readonly years: readonly number[] };
  readonly examsWithoutFee: number;
  readonly credentialsToEarn: readonly NodeRef[];
  /** Positions the route steps into, not counting a position it starts from. */
  readonly positions: number;
  readonly payAtStart: Pay | null;
  readonly payAtGoal: Pay | null;
}

export interface RouteExplanation {
  readonly start: NodeRef;
  readonly end: NodeRef;
  readonly held: readonly NodeRef[];
  readonly steps: readonly RouteStep[];
  readonly totals: RouteTotals;
}

const MONTH = 1 / 12;
const round = (years: number) => Math.round(years / MONTH) * MONTH;

/**
 * A route step by step as plain data for the interface to render: each step, what it takes and why, the
 * time it adds, and the totals. `held` are the credentials the person starts with (they meet requirements).
 * Throws a RangeError if the route does not belong to this map.
 */
export function explainRoute(
  index: RouteIndex,
  route: Route,
  held: readonly string[] = [],
  honour = true,
): RouteExplanation {
  const startNode = nodeOf(index, route.nodes[0]);
  const heldNodes = held.flatMap((id) => {
    const node = index.nodes[index.indexOf.get(id) ?? -1];
    return node?.kind === "credential" && node.id !== startNode.id ? [node] : [];
  });
  const holding = new Set(heldNodes.map((node) => node.id));
  if (startNode.kind === "credential") holding.add(startNode.id);
  const enteredAt = new Map<string, Years>([[startNode.id, { min: 0, max: 0 }]]);
  for (const id of holding) enteredAt.set(id, { min: 0, max: 0 });
  let now: Years = { min: 0, max: 0 };
  let withoutTime = 0;
  const steps = route.edges.map((edgeId, i): RouteStep => {
    const edge = edgeById(index, edgeId);
    const to = nodeOf(index, edge.target);
    if (edge.target !== route.nodes[i + 1])
      throw new RangeError(`Step ${i + 1} does not enter ${route.nodes[i + 1]}`);
    const from = nodeOf(index, edge.source);
    const anchor = enteredAt.get(from.id);
    if (anchor === undefined)
      throw new RangeError(`Step ${i + 1} leaves from ${from.id}, which the route has not reached`);
    const time = edge.time
      ? { min: edge.time.minYears, max: edge.time.maxYears ?? edge.time.minYears }
      : null;
    if (time === null && edge.kind !== "qualifies-for") withoutTime += 1;
    const moved = {
      min: Math.max(now.min, anchor.min + (time?.min ?? 0)),
      max: Math.max(now.max, anchor.max + (time?.max ?? 0)),
    };
    const asked = honour ? (to.requirements?.experience?.years ?? 0) : 0;
    now = { min: round(Math.max(moved.min, asked)), max: round(Math.max(moved.max, asked)) };
    const needs = needsOf(index, to, holding);
    enteredAt.set(to.id, now);
    if (to.kind === "credential") holding.add(to.id);
    return {
      number: i + 1,
      kind: STEP_KIND[edge.kind],
      edgeId: edge.id,
      from: nodeRef(from),
      to: nodeRef(to),
      time: edge.time && time ? { ...time, basis: edge.time.basis } : null,
      waitYears: round(Math.max(0, asked - moved.min)),
      doneBy: now,
      needs,
      facts: requirementsOf(to),
      fee: edge.kind === "prepares-for" ? (lowestFee(to.fees) ?? null) : null,
      basis: edge.basis,
      otherKinds: otherKinds(index, edge),
    };
  });
  const endNode = nodeOf(index, route.nodes.at(-1));
  const earned = steps.filter((step) => step.to.kind === "credential");
  const fees = earned.flatMap((step) => (step.fee ? [step.fee] : []));
  return {
    start: nodeRef(startNode),
    end: nodeRef(endNode),
    held: heldNodes.map(nodeRef),
    steps,
    totals: {
      steps: steps.length,
      years: now,
      stepsWithoutTime: withoutTime,
      fees: {
        amount: fees.reduce((sum, fee) => sum + fee.amount, 0),
        currency: fees[0]?.currency ?? "USD",
        years: [...new Set(fees.map((fee) => fee.year))].sort(),
      },
      examsWithoutFee: earned.length - fees.length,
      credentialsToEarn: earned.map((step) => step.to),
      positions: steps.filter((step) => step.to.kind === "position").length,
      payAtStart: payOf(startNode),
      payAtGoal: payOf(endNode),
    },
  };
}

/** One line for a list of routes, e.g. "Medical Records Clerk → Coding Director: 6 steps, 2 credentials". */
export function summarizeRoute(explanation: RouteExplanation): string {
  const { start, end, totals } = explanation;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${start.label} → ${end.label}: ${plural(totals.steps, "step")}, ${plural(totals.credentialsToEarn.length, "credential")}`;
}

/** The first yearly pay figure of a node, as the map gives it. */
export function payOf(node: CareerNode): Pay | null {
  const figure = node.figures?.find((f) => f.unit === "usd-per-year");
  return figure
    ? { label: figure.label, value: figure.value, year: figure.year, source: figure.source }
    : null;
}

function otherKinds(index: RouteIndex, edge: CareerEdge): EdgeKind[] {
  const source = index.indexOf.get(edge.source) ?? -1;
  const target = index.indexOf.get(edge.target) ?? -1;
  const kinds = new Set<EdgeKind>();
  for (let slot = index.outStart[source] ?? 0; slot < (index.outStart[source + 1] ?? 0); slot++) {
    const other = index.edges[index.outEdge[slot] ?? -1];
    if (index.outNode[slot] === target && other && other.id !== edge.id) kinds.add(other.kind);
  }
  return [...kinds];
}

function edgeById(index: RouteIndex, id: string): CareerEdge {
  const edge = index.edges.find((e) => e.id === id);
  if (edge === undefined) throw new RangeError(`Edge ${JSON.stringify(id)} is not on this map`);
  return edge;
}

function nodeOf(index: RouteIndex, id: string | undefined): CareerNode {
  const node = index.nodes[index.indexOf.get(id ?? "") ?? -1];
  if (node === undefined) throw new RangeError(`Node ${JSON.stringify(id)} is not on this map`);
  return node;
}

export function nodeRef(node: CareerNode): NodeRef {
  return { id: node.id, kind: node.kind, label: node.label, level: node.level };
}
