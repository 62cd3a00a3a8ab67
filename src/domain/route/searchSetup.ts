import type { RouteIndex } from "./routeIndex.ts";

/** Partial routes taken off the queue before the search gives up. Ample for hand-made maps. */
export const WORK_LIMIT = 4_000;

export interface SearchSetup {
  readonly index: RouteIndex;
  /** The objective's order of the cost slots. */
  readonly order: readonly number[];
  /** Honour requirements (true), or follow the arrows as drawn (false). */
  readonly honour: boolean;
  readonly from: number;
  /** Held credentials that count (known, not avoided, not `from`). */
  readonly held: readonly number[];
  /** The stops in order, then the goal; no node twice. */
  readonly checkpoints: readonly number[];
  readonly avoid: Uint8Array;
  /** With requirements: the nodes any route could ever enter ({@link requirementReach}). */
  readonly allowed: Uint8Array | null;
  readonly k: number;
  readonly workLimit?: number;
  /**
   * Also drop a partial route when one taken off the queue earlier in the same situation is as good in
   * every measure, whatever nodes it used: fast on big maps, but no longer sure to be the best, since the
   * earlier one may have used a node the best route needs. The fallback past the work limit.
   */
  readonly prune?: boolean;
}

export interface FoundRoute {
  readonly start: number;
  /** Edge numbers in the order the route takes them. */
  readonly edges: number[];
  /** Cost in slot order: months at least, months at most, steps, fee cents. */
  readonly cost: readonly number[];
}

export interface SearchResult {
  readonly routes: FoundRoute[];
  /** False when the work limit stopped the search before it had k routes or had tried everything. */
  readonly complete: boolean;
}
