import careerMap from "../../data/career-map.json";
import type { CareerGraph } from "../domain/careerGraph.ts";

/**
 * The map shipped with the app. The build checks it like any file opened in the app and fails with its
 * errors (scripts/checkBundledMap.ts), so the page does not load the validator to check it again.
 */
export function loadBundledMap(): CareerGraph {
  return careerMap as unknown as CareerGraph;
}
