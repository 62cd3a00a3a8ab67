import type { StylesheetJson } from "cytoscape";
import type { VisualModel } from "../ui/look/visualModel.ts";

/**
 * Added after the map's stylesheet on large maps (docs/decisions/0014-large-maps.md): no opacity
 * transitions, labels left out once they are too small to read (level of detail), and, since nothing is
 * dimmed there, the selection's paths in the selection colour so that they stand out among thousands.
 */
export const largeMapStyle = (model: VisualModel): StylesheetJson => [
  { selector: "node", style: { "transition-duration": 0, "min-zoomed-font-size": 7 } },
  { selector: "edge", style: { "transition-duration": 0 } },
  {
    selector: "edge.neighbour-edge",
    style: {
      "line-color": model.selected,
      "target-arrow-color": model.selected,
      "line-style": "solid",
      width: 3.5,
      "z-index": 15,
    },
  },
];
