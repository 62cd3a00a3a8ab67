import type { CareerGraph } from "../careerGraph.ts";
import type { ValidationError } from "../format/validationError.ts";

const PLACE = /\b(nodes|edges)\[(\d+)\]/g;
const LEADING_PLACE = /^(nodes|edges)\[(\d+)\]\.(.+)$/;

/** A node or path named as a person sees it on screen, or undefined when the index is out of range. */
function nameOf(candidate: CareerGraph, list: string, at: number): string | undefined {
  if (list === "nodes") {
    const node = candidate.nodes[at];
    return node && `the ${node.kind} ${JSON.stringify(node.label.trim() || node.id)}`;
  }
  const edge = candidate.edges[at];
  return edge && `the path ${JSON.stringify(edge.id)}`;
}

/**
 * A file error as a person editing on screen reads it: `nodes[41].label` becomes `label of the position
 * "Coder"`, since nobody editing in the app knows a node's place in the file.
 */
export function namePlaces(candidate: CareerGraph, error: ValidationError): ValidationError {
  const inText = (text: string) =>
    text.replace(PLACE, (whole, list: string, at: string) => nameOf(candidate, list, Number(at)) ?? whole);
  const leading = LEADING_PLACE.exec(error.path);
  const name = leading?.[1] && leading[2] ? nameOf(candidate, leading[1], Number(leading[2])) : undefined;
  const path = leading && name ? `${leading[3]} of ${name}` : inText(error.path);
  return { path, message: inText(error.message) };
}
