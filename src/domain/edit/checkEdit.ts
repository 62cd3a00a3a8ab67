import type { CareerGraph } from "../careerGraph.ts";
import { validateCareerGraph } from "../format/validateCareerGraph.ts";
import type { ValidationResult } from "../format/validationError.ts";
import type { EditResult } from "./editResult.ts";
import { namePlaces } from "./namePlaces.ts";

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

const quote = (value: string) => JSON.stringify(value);

/** The node with this id, or a refusal that names the id. */
export function findNode(graph: CareerGraph, id: string): ValidationResult<CareerGraph["nodes"][number]> {
  const node = graph.nodes.find((candidate) => candidate.id === id);
  return node
    ? { ok: true, value: node }
    : { ok: false, errors: [{ path: "nodes", message: `${quote(id)} is not a node of this map.` }] };
}
