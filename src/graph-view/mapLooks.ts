import type { StylesheetJson } from "cytoscape";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { isLargeGraph } from "../domain/mapScale.ts";
import { useAppStore } from "../store/appStore.ts";
import { selectTheme } from "../store/themeSlice.ts";
import type { Theme } from "../ui/look/palettes.ts";
import { buildVisualModel, type VisualModel } from "../ui/look/visualModel.ts";
import type { ExportLooks } from "./export/exportLooks.ts";
import { LARGE_MAP_STYLE } from "./largeMapStyle.ts";
import { mapStylesheet } from "./stylesheet.ts";

/** One per graph object: the map drawn before React (earlyMap.ts) and the map view share its stylesheets. */
const known = new WeakMap<CareerGraph, ExportLooks>();

/**
 * A map's visual model and Cytoscape stylesheet in each theme (large maps add their own rules), each built
 * once and then the same object, so the canvas restyles only when the theme changes.
 */
export function mapLooks(graph: CareerGraph): ExportLooks {
  let looks = known.get(graph);
  if (!looks) {
    looks = newLooks(graph);
    known.set(graph, looks);
  }
  return looks;
}

function newLooks(graph: CareerGraph): ExportLooks {
  const models = new Map<Theme, VisualModel>();
  const sheets = new Map<Theme, StylesheetJson>();
  const model = (theme: Theme) => {
    let known = models.get(theme);
    if (!known) {
      known = buildVisualModel(graph.issuers, theme);
      models.set(theme, known);
    }
    return known;
  };
  return {
    current: () => selectTheme(useAppStore.getState()),
    model,
    stylesheet: (theme) => {
      let known = sheets.get(theme);
      if (!known) {
        const look = model(theme);
        known = isLargeGraph(graph) ? [...mapStylesheet(look), ...LARGE_MAP_STYLE] : mapStylesheet(look);
        sheets.set(theme, known);
      }
      return known;
    },
  };
}
