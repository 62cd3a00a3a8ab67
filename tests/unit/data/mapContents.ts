import type {
  CareerEdge,
  CareerGraph,
  CareerNode,
  EdgeBasis,
  Fact,
  Figure,
} from "../../../src/domain/careerGraph.ts";

/** Every fact stated on a node, with where it sits, for the sourcing checks. */
export function factsOf(node: CareerNode): { at: string; fact: Fact | Figure }[] {
  return [
    ...(node.settings ?? []).map((fact, i) => ({ at: `${node.id}.settings[${i}]`, fact })),
    ...(node.exam ? [{ at: `${node.id}.exam`, fact: node.exam }] : []),
    ...(node.prerequisites ?? []).map((fact, i) => ({ at: `${node.id}.prerequisites[${i}]`, fact })),
    ...(node.apprentice ? [{ at: `${node.id}.apprentice`, fact: node.apprentice }] : []),
    ...(node.upkeep ?? []).map((fact, i) => ({ at: `${node.id}.upkeep[${i}]`, fact })),
    ...(node.figures ?? []).map((fact, i) => ({ at: `${node.id}.figures[${i}]`, fact })),
  ];
}

/** One item of a node's requirements (a credential group, the experience, or one schooling line). */
export interface RequirementItem {
  readonly at: string;
  readonly basis: EdgeBasis;
  readonly text: string;
}

export function requirementItemsOf(node: CareerNode): RequirementItem[] {
  const { credentials, experience, education } = node.requirements ?? {};
  return [
    ...(credentials ?? []).map((group, i) => ({
      at: `${node.id}.requirements.credentials[${i}]`,
      basis: group.basis,
      text: `one of ${group.oneOf.join(", ")}`,
    })),
    ...(experience
      ? [{ at: `${node.id}.requirements.experience`, basis: experience.basis, text: experience.text ?? "" }]
      : []),
    ...(education ?? []).map((item, i) => ({
      at: `${node.id}.requirements.education[${i}]`,
      basis: item.basis,
      text: item.text,
    })),
  ];
}

/** Every basis the map gives: of edges, path times and requirement items, with where it sits. */
export function basesOf(graph: CareerGraph): { at: string; basis: EdgeBasis }[] {
  return [
    ...graph.edges.flatMap((edge) => [
      { at: edge.id, basis: edge.basis },
      ...(edge.time ? [{ at: `${edge.id}.time`, basis: edge.time.basis }] : []),
    ]),
    ...graph.nodes.flatMap((node) => requirementItemsOf(node)),
  ];
}

/** Every link the map cites, anywhere in it. */
export function linksOf(graph: CareerGraph): string[] {
  return [
    ...graph.nodes.flatMap((node) => [
      ...node.sources,
      ...factsOf(node).map(({ fact }) => fact.source),
      ...(node.fees ?? []).map((fee) => fee.source),
    ]),
    ...basesOf(graph).flatMap(({ basis }) => (basis.kind === "sourced" ? [basis.source] : [])),
  ];
}

/** Every piece of prose in the map, with where it sits, for the own-words check. */
export function textsOf(graph: CareerGraph): { at: string; text: string }[] {
  return [
    { at: "description", text: graph.description ?? "" },
    ...graph.nodes.flatMap((node) => [
      { at: `${node.id}.summary`, text: node.summary },
      ...factsOf(node).map(({ at, fact }) => ({ at, text: "text" in fact ? fact.text : fact.label })),
      ...(node.figures ?? []).map((figure, i) => ({
        at: `${node.id}.figures[${i}].note`,
        text: figure.note ?? "",
      })),
      ...requirementItemsOf(node).map(({ at, text }) => ({ at, text })),
      ...(node.fees ?? []).map((fee, i) => ({ at: `${node.id}.fees[${i}]`, text: fee.note ?? "" })),
    ]),
    ...basesOf(graph).map(({ at, basis }) => ({ at, text: basis.note ?? "" })),
  ];
}

/** Ids of the nodes reachable from `start` following edge directions. */
export function reachableFrom(start: string, edges: readonly CareerEdge[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const edge of edges) out.set(edge.source, [...(out.get(edge.source) ?? []), edge.target]);
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of out.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
