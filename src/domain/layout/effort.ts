/**
 * How hard the layout searches, by map size. Sweeps settle in a local optimum that depends on the
 * starting order (they never turn a column upside down), so small maps are ordered from several starts
 * and then polished by swaps and a height search, each of which rescans the map for every try. Budgets
 * are in edges rescanned, so the time stays in the tens of milliseconds whatever the size; big maps get
 * plain barycenter sweeps, which are linear.
 */
export interface Effort {
  /** Orders tried: id order, then seeded shuffles. */
  readonly starts: number;
  /** Whether every sweep is scored and the best kept, rather than the last standing. */
  readonly scoreSweeps: boolean;
  /** Block swaps tried after the sweeps. */
  readonly swaps: number;
  /** Whether nodes are then moved up and down to let edges past boxes. */
  readonly refine: boolean;
}

const MAX_STARTS = 8;
const START_WORK = 1_000;
const SEARCH_EDGES = 400;
const SCORE_EDGES = 3_000;
const SWAP_WORK = 30_000;
/** Refinement costs about nodes × edges per round. */
const REFINE_WORK = 20_000;

/** The search a map of this size gets; passes of 0 (as asked for by a caller) switch the matching part off. */
export function effortFor(
  nodes: number,
  edges: number,
  orderingPasses: number,
  alignmentPasses: number,
): Effort {
  const ordering = orderingPasses > 0;
  const search = ordering && edges <= SEARCH_EDGES;
  return {
    starts: search ? Math.max(1, Math.min(MAX_STARTS, Math.floor(START_WORK / Math.max(1, edges)))) : 1,
    scoreSweeps: ordering && edges <= SCORE_EDGES,
    swaps: search ? Math.floor(SWAP_WORK / Math.max(1, edges)) : 0,
    refine: alignmentPasses > 0 && nodes * edges <= REFINE_WORK,
  };
}
