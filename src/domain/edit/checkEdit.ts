import type { CareerGraph } from "../careerGraph.ts";
import { validateCareerGraph } from "../format/validateCareerGraph.ts";
import type { ValidationError, ValidationResult } from "../format/validationError.ts";
import { namePlaces } from "./namePlaces.ts";

/** The outcome of an edit: the new map, or why the edit is refused (the map stays as it was). */
export type EditResult = ValidationResult<CareerGraph>;

/**
 * Checks the map an edit would produce with the same rules as a file, so an edit can never make a map
 * that the app would refuse to open once saved.
 */
export function checkEdit(candidate: CareerGraph): EditResult {
  const result = validateCareerGraph(candidate);
  return result.ok
    ? result
    : { ok: false, errors: result.errors.map((error) => namePlaces(candidate, error)) };
}

/** An edit refused before the map is built, for what the file rules do not cover (e.g. a missing node). */
export function refuse(path: string, message: string): EditResult {
  const error: ValidationError = { path, message };
  return { ok: false, errors: [error] };
}

const quote = (value: string) => JSON.stringify(value);

/** The node with this id, or a refusal that names the id. */
export function findNode(graph: CareerGraph, id: string): ValidationResult<CareerGraph["nodes"][number]> {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  return node
    ? { ok: true, value: node }
    : { ok: false, errors: [{ path: "nodes", message: `${quote(id)} is not a node of this map.` }] };
}
