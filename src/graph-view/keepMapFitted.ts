import type { Core } from "cytoscape";
import { useAppStore } from "../store/appStore.ts";
import { selectDrawnRoute } from "../store/selectors.ts";
import { coveredInsets } from "./coveredInsets.ts";
import { nodeElementId } from "./elementIds.ts";
import { frameNodes, keepInSight, showInitialView } from "./initialView.ts";
import { isViewSetByPerson, markViewSetByPerson } from "./keptView.ts";

/** A pointer that moves further than this between press and release panned the map. */
const DRAG = 6;

/**
 * Refits the map to the room it has whenever that room changes: the window or a docked panel resizes the
 * map, or a drawer or sheet opens or closes over it. A drawn route is framed again, a selected node kept in
 * sight; otherwise the first view is shown again, until the person pans or zooms: then the view is theirs.
 */
export function keepMapFitted(cy: Core): () => void {
  const container = cy.container();
  const wrap = container?.parentElement ?? null;
  let pressedAt: { x: number; y: number } | null = null;
  let frame = 0;

  let room = "";
  const refit = () => {
    cancelAnimationFrame(frame);
    // After the panel's own layout has settled, so the covers are measured where they now are.
    frame = requestAnimationFrame(() => {
      if (cy.destroyed()) return;
      // A panel that opens beside the map (not over it) leaves the room as it was: the view stays, and a
      // large map is not redrawn for nothing (a whole redraw of 20,000 elements is hundreds of ms).
      const box = container?.getBoundingClientRect();
      const now = JSON.stringify([box?.width, box?.height, coveredInsets(cy)]);
      if (now === room) return;
      room = now;
      cy.resize();
      const state = useAppStore.getState();
      const route = selectDrawnRoute(state);
      if (route) frameNodes(cy, route.nodes.map(nodeElementId));
      else if (state.selectedId !== null) keepInSight(cy, nodeElementId(state.selectedId));
      else if (!isViewSetByPerson(cy)) showInitialView(cy);
    });
  };
  const onWheel = () => markViewSetByPerson(cy);
  const onPointerDown = (event: PointerEvent) => {
    pressedAt = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    if (pressedAt && Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > DRAG)
      markViewSetByPerson(cy);
    pressedAt = null;
  };
  wrap?.addEventListener("wheel", onWheel, { passive: true });
  wrap?.addEventListener("pointerdown", onPointerDown);
  wrap?.addEventListener("pointerup", onPointerUp);
  // Cytoscape only notices window resizes; panels opening and closing resize the map too. The observer's
  // first report, of the size the map was fitted to, is not a change (refitting a large map costs a frame).
  let size = container ? `${container.clientWidth}x${container.clientHeight}` : "";
  const onResize = () => {
    const now = container ? `${container.clientWidth}x${container.clientHeight}` : "";
    if (now === size) return;
    size = now;
    refit();
  };
  const resizes = container && typeof ResizeObserver === "function" ? new ResizeObserver(onResize) : null;
  if (container) resizes?.observe(container);
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (
      state.routePanelOpen !== previous.routePanelOpen ||
      (state.selectedId === null) !== (previous.selectedId === null)
    )
      refit();
  });
  return () => {
    cancelAnimationFrame(frame);
    wrap?.removeEventListener("wheel", onWheel);
    wrap?.removeEventListener("pointerdown", onPointerDown);
    wrap?.removeEventListener("pointerup", onPointerUp);
    resizes?.disconnect();
    unsubscribe();
  };
}
