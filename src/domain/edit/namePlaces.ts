import type { CareerGraph } from "../careerGraph.ts";
import type { ValidationError } from "../format/validationError.ts";

const PLACE = /\b(nodes|edges)\[(\d+)\]\.?/g;

/**
 * A file error as a person editing on screen reads it: `nodes[41].label` becomes `the position "Coder"
 * label`, since nobody editing in the app knows a node's place in the file.
 */
export function namePlaces(candidate: CareerGraph, error: ValidationError): ValidationError {
  const name = (text: string) =>
    text.replace(PLACE, (whole, list: string, at: string) => {
      const i = Number(at);
      const rest = whole.endsWith(".") ? " " : "";
      if (list === "nodes") {
        const node = candidate.nodes[i];
        return node ? `the ${node.kind} ${JSON.stringify(node.label.trim() || node.id)}${rest}` : whole;
      }
      const edge = candidate.edges[i];
      return edge ? `the path ${JSON.stringify(edge.id)}${rest}` : whole;
    });
  return { path: name(error.path), message: name(error.message) };
}
