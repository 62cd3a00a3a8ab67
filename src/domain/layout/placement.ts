import type { PlacementCost } from "./quality.ts";

/** The nodes of each sub-column in blocks, top to bottom: what the ordering sweeps and swaps move. */
export type Blocks = number[][][];

/** A candidate order of every sub-column, with its nodes' stacked heights kept up to date. */
export interface Placement {
  blocks: Blocks;
  readonly y: number[];
  /** Restacks one sub-column, or all of them, from the current blocks. */
  restack(column?: number): void;
  /** Aligns a copy of the stacked heights, as the final drawing will be, and scores that. */
  score(): PlacementCost;
}
