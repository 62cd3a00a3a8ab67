export { countCrossings } from "./crossings.ts";
export { layoutCareerMap } from "./layoutCareerMap.ts";
export { estimateNodeSize, NODE_LABEL_METRICS } from "./nodeSize.ts";
export { countEdgeNodeOverlaps } from "./overlaps.ts";
export type {
  Arrangement,
  CareerLayout,
  LayoutBand,
  LayoutOptions,
  LayoutSpacing,
  NodeSizeSource,
  Point,
  Size,
} from "./types.ts";
