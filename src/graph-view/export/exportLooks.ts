import type { Core, StylesheetJson } from "cytoscape";
import type { Theme } from "../../ui/look/palettes.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";

/** The looks an exporter can draw in: the visual model and its stylesheet for each theme, and the one shown. */
export interface ExportLooks {
  current(): Theme;
  model(theme: Theme): VisualModel;
  stylesheet(theme: Theme): StylesheetJson;
}

/**
 * Runs `draw` with the map styled in `theme`. When that is not the theme on screen, the stylesheet is
 * swapped and swapped back in the same task: Cytoscape redraws the screen on the next animation frame, by
 * which time the screen's own look is back, so the page never shows the other theme.
 */
export function inTheme<T>(cy: Core, looks: ExportLooks, theme: Theme, draw: () => T): T {
  const shown = looks.current();
  if (theme === shown) return draw();
  cy.style(looks.stylesheet(theme));
  try {
    return draw();
  } finally {
    cy.style(looks.stylesheet(shown));
  }
}

/**
 * `inTheme` for work that spans many tasks (a large export drawn in slices): the map wears the other
 * theme's stylesheet until the work ends or fails. Meanwhile the container is marked, and map-drawing.css
 * hides the map rather than show it in the wrong colours.
 */
export async function inThemeWhile<T>(
  cy: Core,
  looks: ExportLooks,
  theme: Theme,
  work: () => Promise<T>,
): Promise<T> {
  const shown = looks.current();
  if (theme === shown) return work();
  const container = cy.container();
  container?.setAttribute("data-export-theme", theme);
  cy.style(looks.stylesheet(theme));
  try {
    return await work();
  } finally {
    container?.removeAttribute("data-export-theme");
    if (!cy.destroyed()) cy.style(looks.stylesheet(looks.current()));
  }
}
