import type { RouteFacts } from "./facts.ts";
import type { Objective } from "./question.ts";

/**
 * A route's cost has four parts, always in this slot order: months at the least, months at the most, steps,
 * and exam fees in cents. An objective compares them in its own order; equal costs are equally good.
 */
export const YEARS_MIN = 0;
export const YEARS_MAX = 1;
export const STEPS = 2;
export const FEES = 3;

export const COST_ORDER: Record<Objective, readonly number[]> = {
  fastest: [YEARS_MIN, YEARS_MAX, STEPS, FEES],
  steps: [STEPS, YEARS_MIN, YEARS_MAX, FEES],
  cost: [FEES, YEARS_MIN, STEPS, YEARS_MAX],
};

/** Negative, zero or positive as cost `a` is better than, as good as, or worse than `b`. */
export function compareCosts(order: readonly number[], a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (const slot of order) {
    const d = (a[slot] as number) - (b[slot] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The months an edge counts for when routes are ranked: its own time, or for a path without one the map's
 * median path time; a credential's "qualifies for" path without a time counts nothing, because the time is
 * spent earning the credential and in the experience the position asks for.
 */
export function edgeMonths(facts: RouteFacts, edge: number, most: boolean): number {
  return (most ? facts.rankMax : facts.rankMin)[edge] as number;
}

/** The fee an edge into a credential counts for when ranked: the lowest listed, or the map's median fee. */
export function edgeFeeCents(facts: RouteFacts, target: number): number {
  return facts.rankFee[target] as number;
}
