import type { CollectionReturnValue, Core } from "cytoscape";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { careerNodeId } from "../elementIds.ts";
import { watchStore } from "../watchStore.ts";
import { focusedElements } from "./elements.ts";
import { isLargeMap } from "./mapScale.ts";

/**
 * Dims everything outside the focus (the drawn route, else the selection's neighbourhood). Moving the focus
 * restyles the old and new focus only; only entering and leaving focus touch the whole map. Large maps are
 * never dimmed: the focus stands out by its own colour (docs/decisions/0014-large-maps.md).
 */
export function followDimming(cy: Core): () => void {
  if (isLargeMap(cy)) return () => {};
  const mapElements = () => cy.elements().filter((ele) => ele.isEdge() || careerNodeId(ele.id()) !== null);
  let focused: CollectionReturnValue | null = null;
  return watchStore(
    (state) => ({ selectedId: state.selectedId, route: selectDrawnRoute(state) }),
    (next) => {
      const focus = focusedElements(cy, next.selectedId, next.route);
      cy.batch(() => {
        if (focus === null) cy.elements(".dimmed").removeClass("dimmed");
        else if (focused === null) mapElements().difference(focus).addClass("dimmed");
        else focused.difference(focus).addClass("dimmed");
        focus?.removeClass("dimmed");
      });
      focused = focus;
    },
  );
}
