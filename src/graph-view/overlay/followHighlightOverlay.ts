import type { Core } from "cytoscape";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { selectTheme } from "../../store/themeSlice.ts";
import type { ExportLooks } from "../export/exportLooks.ts";
import { watchStore } from "../watchStore.ts";
import { highlightedElements } from "./highlightedElements.ts";
import type { OverlaySurface, View } from "./overlaySurface.ts";

const viewOf = (cy: Core): View => ({
  zoom: cy.zoom(),
  pan: cy.pan(),
  width: cy.width(),
  height: cy.height(),
});

/**
 * Hover and selection of a large map, drawn on an overlay instead of restyling elements: restyling even one
 * element makes Cytoscape's canvas redraw the whole scene, 20,000 elements on a 5,000-node map
 * (docs/decisions/0020-highlight-overlay.md). A change of highlight or theme redraws the overlay at once; a move
 * of the view redraws it with the next frame, as Cytoscape redraws its own. Returns the disconnect.
 */
export function followHighlightOverlay(cy: Core, looks: ExportLooks, surface: OverlaySurface): () => void {
  let latest = {
    highlight: { hoveredId: null as string | null, selectedId: null as string | null, withPaths: true },
    theme: looks.current(),
  };
  const draw = () => {
    surface.draw(highlightedElements(cy, latest.highlight), looks.model(latest.theme), viewOf(cy));
    // The browser tests and the benchmark wait for this, as for Cytoscape's own "render".
    cy.emit("highlightdraw");
  };
  const stopWatching = watchStore(
    (state) => ({
      hoveredId: state.hoveredId,
      selectedId: state.selectedId,
      withPaths: selectDrawnRoute(state) === null,
      theme: selectTheme(state),
      // A filter can hide a highlighted node or its paths.
      filters: state.filters,
    }),
    (next) => {
      latest = {
        highlight: { hoveredId: next.hoveredId, selectedId: next.selectedId, withPaths: next.withPaths },
        theme: next.theme,
      };
      draw();
    },
  );
  let frame = 0;
  const drawSoon = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
  };
  cy.on("viewport resize", drawSoon);
  return () => {
    stopWatching();
    cancelAnimationFrame(frame);
    cy.off("viewport resize", drawSoon);
    surface.remove();
  };
}
