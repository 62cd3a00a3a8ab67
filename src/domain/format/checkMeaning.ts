import { type CareerGraph, type CareerNode, EDGE_ENDPOINTS } from "../careerGraph.ts";
import type { ValidationError } from "./validationError.ts";

const quote = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** Reports the second and later uses of an id, naming where it was first used. */
function checkUnique(
  entries: readonly { id: string; at: string }[],
  what: string,
  errors: ValidationError[],
): void {
  const first = new Map<string, string>();
  for (const { id, at } of entries) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, at);
    else
      errors.push({
        path: `${at}.id`,
        message: `${quote(id)} is already the id of ${earlier}; ${what} ids must be unique. Rename one of them.`,
      });
  }
}

/** Checks what a schema cannot: unique ids, references that resolve, and edges joining the right kinds. */
export function checkMeaning(graph: CareerGraph): ValidationError[] {
  const errors: ValidationError[] = [];
  checkUnique(
    graph.levels.map((level, i) => ({ id: level.id, at: `levels[${i}]` })),
    "level",
    errors,
  );
  checkUnique(
    graph.issuers.map((issuer, i) => ({ id: issuer.id, at: `issuers[${i}]` })),
    "issuer",
    errors,
  );
  checkUnique(
    [
      ...graph.nodes.map((node, i) => ({ id: node.id, at: `nodes[${i}]` })),
      ...graph.edges.map((edge, i) => ({ id: edge.id, at: `edges[${i}]` })),
    ],
    "node and edge",
    errors,
  );

  const levelIds = new Set(graph.levels.map((level) => level.id));
  const issuerIds = new Set(graph.issuers.map((issuer) => issuer.id));
  const levelList = graph.levels.map((level) => level.id).join(", ");
  graph.nodes.forEach((node, i) => {
    if (!levelIds.has(node.level)) {
      errors.push({
        path: `nodes[${i}].level`,
        message: `${quote(node.level)} is not one of the map's levels (${levelList}).`,
      });
    }
    if (node.issuer !== undefined && !issuerIds.has(node.issuer)) {
      errors.push({
        path: `nodes[${i}].issuer`,
        message: `${quote(node.issuer)} is not one of the map's issuers; add it under \`issuers\` or fix the id.`,
      });
    }
    if (node.kind === "credential" && node.issuer === undefined) {
      errors.push({
        path: `nodes[${i}].issuer`,
        message: "is missing. A credential names the id of the body that issues it, from `issuers`.",
      });
    }
  });

  const nodesById = new Map<string, CareerNode>(graph.nodes.map((node) => [node.id, node]));
  graph.edges.forEach((edge, i) => {
    const ends = [
      ["source", edge.source],
      ["target", edge.target],
    ] as const;
    const [wantSource, wantTarget] = EDGE_ENDPOINTS[edge.kind];
    for (const [end, id] of ends) {
      const node = nodesById.get(id);
      const want = end === "source" ? wantSource : wantTarget;
      if (node === undefined) {
        errors.push({
          path: `edges[${i}].${end}`,
          message: `${quote(id)} is not a node in this file. Use the id of one of the nodes.`,
        });
      } else if (node.kind !== want) {
        errors.push({
          path: `edges[${i}].${end}`,
          message: `a "${edge.kind}" path ${end === "source" ? "starts at" : "leads to"} a ${want}, but ${quote(id)} is a ${node.kind}.`,
        });
      }
    }
  });
  return errors;
}
