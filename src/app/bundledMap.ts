import careerMap from "../../data/career-map.json";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { validateCareerGraph } from "../domain/format/validateCareerGraph.ts";
import type { ValidationError } from "../domain/format/validationError.ts";

/** The map shipped with the app, checked like any other file so a broken edit shows its errors. */
export function loadBundledMap(): { graph: CareerGraph } | { errors: readonly ValidationError[] } {
  const started = performance.now();
  const result = validateCareerGraph(careerMap);
  performance.measure("career-map:validate", { start: started });
  return result.ok ? { graph: result.value } : { errors: result.errors };
}
