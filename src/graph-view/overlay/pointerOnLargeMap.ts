import type { Core, EventObject, NodeSingular } from "cytoscape";
import type { AppStore } from "../../store/appStore.ts";
import { careerNodeId } from "../elementIds.ts";
import { buildHitGrid } from "./hitGrid.ts";

/** Cytoscape's own reach around a node for a mouse, in screen pixels. */
const REACH_PX = 2;

/**
 * Pointer input on a large map. Its nodes and paths take no events of their own (largeMapStyle), so that
 * Cytoscape neither tests 20,000 elements on each pointer move nor restyles, and so redraws, the whole
 * scene when a press "activates" a node; the node under the pointer is found here instead, in a grid of
 * the nodes' boxes, and the press itself only touches the store (docs/decisions/0020-highlight-overlay.md).
 */
export function bindLargeMapPointer(cy: Core, getState: () => AppStore): void {
  const grid = buildHitGrid(
    cy
      .nodes()
      .filter((node) => careerNodeId(node.id()) !== null)
      .map((node: NodeSingular) => ({
        id: node.id(),
        ...node.position(),
        width: node.width(),
        height: node.height(),
      })),
  );
  const shown = (id: string) => cy.getElementById(id).visible();
  const careerIdAt = (event: EventObject): string | null => {
    const { x, y } = event.position;
    const id = grid.at(x, y, REACH_PX / cy.zoom(), shown);
    return id === null ? null : careerNodeId(id);
  };
  let pointed: string | null = null;
  const point = (id: string | null) => {
    if (id === pointed) return;
    pointed = id;
    getState().hoverNode(id);
  };
  cy.on("tap", (event: EventObject) => {
    const id = careerIdAt(event);
    if (id === null) getState().clearSelection();
    else getState().selectNode(id);
  });
  cy.on("mousemove", (event: EventObject) => {
    // While a drag pans the map the pointer is not pointing at anything.
    const pressed = (event.originalEvent as MouseEvent | undefined)?.buttons ?? 0;
    point(pressed === 0 ? careerIdAt(event) : null);
  });
  const container = cy.container();
  const leave = () => point(null);
  container?.addEventListener("mouseleave", leave);
  cy.one("destroy", () => container?.removeEventListener("mouseleave", leave));
}
