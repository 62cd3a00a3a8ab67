import { buildGraphIndex } from "../domain/graphIndex.ts";
import { perGraph } from "./perGraph.ts";

/**
 * The lookups for a graph, built once per graph object. A big map's are built ahead, in a task of their
 * own, before the map goes into the store (app/prepareToShow.ts).
 */
export const graphIndexFor = perGraph(buildGraphIndex);
