import type { Core, StylesheetJson } from "cytoscape";
import { LARGE_MAP_NODES } from "../domain/mapScale.ts";
import { afterNextPaint } from "./afterNextPaint.ts";

/**
 * Gives the map another stylesheet (the other theme). A large map takes it after the next paint: restyling
 * its 20,000 elements holds the page for a second or two, and the theme button and the page around the map
 * should change first. Cytoscape's stylesheet swap dirties every element at once, so it cannot be sliced
 * as a filter change is (decision 0014). Returns the cancel.
 */
export function showStylesheet(cy: Core, sheet: StylesheetJson): () => void {
  if (cy.nodes().length <= LARGE_MAP_NODES) {
    cy.style(sheet);
    return () => {};
  }
  return afterNextPaint(() => {
    if (!cy.destroyed()) cy.style(sheet);
  });
}
