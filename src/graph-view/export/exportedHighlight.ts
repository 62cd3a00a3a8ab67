import type { Core } from "cytoscape";
import { useAppStore } from "../../store/appStore.ts";
import { selectDrawnRoute } from "../../store/selectors.ts";
import type { Shape } from "../../ui/look/shapes.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import { isLargeMap } from "../highlights/mapScale.ts";
import { highlightedElements } from "../overlay/highlightedElements.ts";
import { highlightShapes } from "../overlay/highlightShapes.ts";

/**
 * The selection as the map shows it. A large map draws it on an overlay, not on Cytoscape's canvas
 * (docs/decisions/0020-highlight-overlay.md), so an export draws the overlay's shapes over the map; smaller
 * maps carry it in their elements' styles already. The hover is left out: by the time someone exports, the
 * pointer is on the export menu, as on smaller maps. Call it while the map wears the export's theme.
 */
export function exportedHighlight(cy: Core, model: VisualModel): readonly Shape[] {
  if (!isLargeMap(cy)) return [];
  const state = useAppStore.getState();
  const highlight = {
    hoveredId: null,
    selectedId: state.selectedId,
    withPaths: selectDrawnRoute(state) === null,
  };
  return highlightShapes(highlightedElements(cy, highlight), model);
}
