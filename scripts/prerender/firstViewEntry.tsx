import { renderToString } from "react-dom/server";
import { App } from "../../src/app/App.tsx";
import { holdBundledMap } from "../../src/app/bundledMap.ts";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { mapKey } from "../../src/domain/plan/mapIdentity.ts";
import { emptyPlan } from "../../src/domain/plan/plan.ts";
import { useAppStore } from "../../src/store/appStore.ts";

/** The page as it first renders with the bundled map and nothing stored: the build's prerender (prerenderFirstView.ts). */
export function renderFirstView(graph: CareerGraph): string {
  holdBundledMap(graph);
  useAppStore.getState().loadGraph(graph);
  // As the page does when nothing is stored for the bundled map: an empty plan, so "My plan" is enabled.
  useAppStore.getState().openPlan(emptyPlan(mapKey(graph, graph), graph.title), "saved");
  return renderToString(<App />);
}
