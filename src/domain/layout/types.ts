import type { CareerNode } from "../careerGraph.ts";

/**
 * Which sub-column each node stands in and in what order: the sub-columns left to right, each as its node
 * ids top to bottom. It is what the layout's search decides; sizes and coordinates follow from it.
 */
export type Arrangement = readonly (readonly string[])[];

/** A node box in model pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A node centre in model pixels, origin at the top left of the drawing. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One level's column on the map; it spans the drawing's full height, title strip included. */
export interface LayoutBand {
  readonly levelId: string;
  readonly label: string;
  readonly x: number;
  readonly width: number;
}

/** Where everything goes: feed `positions` to Cytoscape's `preset` layout and `sizes` to the node styles. */
export interface CareerLayout {
  readonly positions: ReadonlyMap<string, Point>;
  readonly sizes: ReadonlyMap<string, Size>;
  readonly bands: readonly LayoutBand[];
  readonly width: number;
  readonly height: number;
  /** The strip at the top of every band kept free of nodes for the band's title. */
  readonly titleHeight: number;
  /** The sub-columns the nodes stand in, and their order: given, or found by the layout's search. */
  readonly arrangement: Arrangement;
}

/** Node box sizes: a function, or a map whose missing entries fall back to the label-length estimate. */
export type NodeSizeSource = ((node: CareerNode) => Size) | ReadonlyMap<string, Size>;

export interface LayoutSpacing {
  /** Between sub-columns inside a band. */
  readonly columnGap: number;
  /** Minimum vertical gap between two boxes in one sub-column. */
  readonly rowGap: number;
  /** Inside each band, left and right of its outermost sub-columns. */
  readonly bandPadding: number;
  /** Between neighbouring bands. */
  readonly bandGap: number;
  readonly titleHeight: number;
  /** Below the tallest sub-column. */
  readonly bottomPadding: number;
}

export interface LayoutOptions {
  readonly nodeSize?: NodeSizeSource;
  readonly spacing?: Partial<LayoutSpacing>;
  /** The screen the map should fit at its first view; sets the aspect ratio aimed for. Default 1280×800. */
  readonly viewport?: Size;
  /** Most sub-columns one kind of node may take inside one band. Default 8. */
  readonly maxSubColumns?: number;
  /** Barycenter sweeps (one sweep is one pass left to right or right to left); 0 keeps id order. Default 12. */
  readonly orderingPasses?: number;
  /** Rounds pulling nodes toward their neighbours' height; 0 keeps sub-columns evenly stacked. Default 8. */
  readonly alignmentPasses?: number;
  /** How far gaps may grow to fill the viewport's aspect ratio, as a multiple of the spacing. Default 2.5. */
  readonly maxStretch?: number;
  /**
   * Place the nodes in this arrangement instead of searching for one (sizes and coordinates are still
   * worked out). Ignored, and the search made, when it does not fit the map (arrangement.ts).
   */
  readonly arrangement?: Arrangement;
}

export const DEFAULT_SPACING: LayoutSpacing = {
  columnGap: 40,
  rowGap: 18,
  bandPadding: 28,
  bandGap: 0,
  titleHeight: 56,
  bottomPadding: 24,
};

export const DEFAULT_VIEWPORT: Size = { width: 1280, height: 800 };
