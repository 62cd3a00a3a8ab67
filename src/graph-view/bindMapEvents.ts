import type { Core, EventObject } from "cytoscape";
import type { AppStore } from "../store/appStore.ts";
import { careerNodeId } from "./elementIds.ts";
import { isLargeMap } from "./highlights/mapScale.ts";
import { bindLargeMapPointer } from "./overlay/pointerOnLargeMap.ts";

/** Binds the map's pointer events to store actions; called once per Cytoscape instance. */
export function bindMapEvents(cy: Core, getState: () => AppStore): void {
  if (isLargeMap(cy)) {
    bindLargeMapPointer(cy, getState);
    return;
  }
  cy.on("tap", (event: EventObject) => {
    if (event.target === cy) {
      getState().clearSelection();
      return;
    }
    const id = careerNodeId(String(event.target.id()));
    if (id !== null) getState().selectNode(id);
  });
  cy.on("mouseover", "node", (event: EventObject) => {
    const id = careerNodeId(String(event.target.id()));
    if (id !== null) getState().hoverNode(id);
  });
  cy.on("mouseout", "node", () => getState().hoverNode(null));
}
