import type { CareerEdge, CareerNode, Fee } from "../careerGraph.ts";
import type { Route } from "../route/types.ts";
import type { Plan, PlanEntry } from "./plan.ts";

export interface PlanStep {
  readonly node: CareerNode;
  /** The advancement path into the node; absent for the route's start. */
  readonly edge?: CareerEdge;
  readonly entry?: PlanEntry;
  /** Done or skipped: nothing of it is left to do. */
  readonly settled: boolean;
}

export interface WhatIsLeft {
  readonly steps: readonly PlanStep[];
  /** Typical years of the steps still to take, where the map gives them for every such step. */
  readonly years: { readonly min: number; readonly max: number; readonly stepsWithout: number } | null;
  /** The exam fees of credentials still to earn, cheapest listed fee each, per currency. */
  readonly fees: readonly { readonly currency: string; readonly amount: number }[];
  readonly credentialsWithoutFees: number;
}

const cheapest = (fees: readonly Fee[]): Fee | undefined =>
  fees.reduce<Fee | undefined>(
    (best, fee) => (best === undefined || fee.amount < best.amount ? fee : best),
    undefined,
  );

/**
 * The route as the person's plan sees it: each node with its mark and note, and what is left once the
 * steps marked done or skipped are set aside: typical years from the paths' `time`, exam fees from the
 * credentials' `fees` (the lowest listed, as members' prices are usually the lowest). Steps the map gives
 * no figure for are counted, never guessed.
 */
export function whatIsLeft(
  route: Pick<Route, "nodes" | "edges">,
  nodeById: ReadonlyMap<string, CareerNode>,
  edgeById: ReadonlyMap<string, CareerEdge>,
  plan: Plan | null,
): WhatIsLeft {
  const steps: PlanStep[] = [];
  route.nodes.forEach((id, i) => {
    const node = nodeById.get(id);
    if (node === undefined) return;
    const entry = plan?.entries.get(id);
    const edgeId = i === 0 ? undefined : route.edges[i - 1];
    const edge = edgeId === undefined ? undefined : edgeById.get(edgeId);
    const settled = i === 0 || entry?.mark === "done" || entry?.mark === "skipped";
    steps.push({ node, ...(edge ? { edge } : {}), ...(entry ? { entry } : {}), settled });
  });
  const open = steps.filter((step) => !step.settled);
  let min = 0;
  let max = 0;
  let stepsWithout = 0;
  for (const { edge } of open) {
    if (edge?.time === undefined) stepsWithout++;
    else {
      min += edge.time.minYears;
      max += edge.time.maxYears ?? edge.time.minYears;
    }
  }
  const totals = new Map<string, number>();
  let credentialsWithoutFees = 0;
  for (const { node } of open) {
    if (node.kind !== "credential") continue;
    const fee = cheapest(node.fees ?? []);
    if (fee === undefined) credentialsWithoutFees++;
    else totals.set(fee.currency, (totals.get(fee.currency) ?? 0) + fee.amount);
  }
  return {
    steps,
    years: open.length === stepsWithout ? null : { min, max, stepsWithout },
    fees: [...totals].map(([currency, amount]) => ({ currency, amount })),
    credentialsWithoutFees,
  };
}
