import type { CareerGraph } from "../careerGraph.ts";
import type { ValidationError, ValidationResult } from "../format/validationError.ts";

/** The outcome of an edit: the new map, or why the edit is refused (the map stays as it was). */
export type EditResult = ValidationResult<CareerGraph>;

/** An edit refused before the map is built, for what the file rules do not cover (e.g. a missing node). */
export function refuse(path: string, message: string): EditResult {
  const error: ValidationError = { path, message };
  return { ok: false, errors: [error] };
}
