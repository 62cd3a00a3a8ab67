import { EDGE_ENDPOINTS, type EdgeKind, type NodeKind } from "../careerGraph.ts";
import { checkRequirements } from "./checkRequirements.ts";
import { checkSources } from "./checkSources.ts";
import { EDGE_KINDS, NODE_KINDS } from "./kinds.ts";
import { asText, type Loose, quote, records } from "./loose.ts";
import { newBudget, Suggester } from "./suggest.ts";
import type { PathKey, Problem } from "./validationError.ts";

/** Reports the second and later uses of an id, naming where it was first used. */
function checkUnique(
  entries: readonly { id: string | undefined; keys: readonly PathKey[] }[],
  what: string,
  problems: Problem[],
): void {
  const first = new Map<string, string>();
  for (const { id, keys } of entries) {
    if (id === undefined) continue;
    const [section, index] = keys;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, `${String(section)}[${String(index)}]`);
    else
      problems.push({
        keys: [...keys, "id"],
        message: `${quote(id)} is already the id of ${earlier}; ${what} ids must be unique. Rename one of them.`,
      });
  }
}

const isNodeKind = (value: unknown): value is NodeKind => NODE_KINDS.includes(value as NodeKind);
const isEdgeKind = (value: unknown): value is EdgeKind => EDGE_KINDS.includes(value as EdgeKind);

/**
 * Checks what a schema cannot: unique ids, references that resolve, edges joining the right kinds and
 * requirements naming credentials. Reads the file as it is (see loose.ts), so it runs beside the shape
 * check and a file's problems are all reported in one pass.
 */
export function checkMeaning(raw: Loose): Problem[] {
  const problems: Problem[] = [];
  const levels = records(raw, "levels");
  const issuers = records(raw, "issuers");
  const nodes = records(raw, "nodes");
  const edges = records(raw, "edges");
  const idsOf = (list: typeof nodes, section: string) =>
    list.map(({ item, index }) => ({ id: asText(item.id), keys: [section, index] }));
  checkUnique(idsOf(levels, "levels"), "level", problems);
  checkUnique(idsOf(issuers, "issuers"), "issuer", problems);
  checkUnique([...idsOf(nodes, "nodes"), ...idsOf(edges, "edges")], "node and edge", problems);

  const budget = newBudget();
  const levelIds = levels.flatMap(({ item }) => asText(item.id) ?? []);
  const issuerIds = issuers.flatMap(({ item }) => asText(item.id) ?? []);
  const levelSuggester = new Suggester(levelIds, budget);
  const issuerSuggester = new Suggester(issuerIds, budget);
  const knownLevels = new Set(levelIds);
  const knownIssuers = new Set(issuerIds);
  for (const { item: node, index } of nodes) {
    const level = asText(node.level);
    if (level !== undefined && !knownLevels.has(level)) {
      problems.push({
        keys: ["nodes", index, "level"],
        message: `${quote(level)} is not one of the map's levels (${levelIds.join(", ")}).${levelSuggester.hint(level)}`,
      });
    }
    const issuer = asText(node.issuer);
    if (issuer !== undefined && !knownIssuers.has(issuer)) {
      problems.push({
        keys: ["nodes", index, "issuer"],
        message: `${quote(issuer)} is not one of the map's issuers; add it under \`issuers\` or fix the id.${issuerSuggester.hint(issuer)}`,
      });
    }
    if (node.kind === "credential" && node.issuer === undefined) {
      problems.push({
        keys: ["nodes", index, "issuer"],
        message: "is missing. A credential names the id of the body that issues it, from `issuers`.",
      });
    }
  }

  const kindOf = new Map<string, NodeKind | undefined>();
  for (const { item } of nodes) {
    const id = asText(item.id);
    if (id !== undefined && !kindOf.has(id)) kindOf.set(id, isNodeKind(item.kind) ? item.kind : undefined);
  }
  const nodeSuggester = new Suggester([...kindOf.keys()], budget);
  for (const { item: edge, index } of edges) {
    const kind = isEdgeKind(edge.kind) ? edge.kind : undefined;
    for (const end of ["source", "target"] as const) {
      const id = asText(edge[end]);
      if (id === undefined) continue;
      const want = kind && EDGE_ENDPOINTS[kind][end === "source" ? 0 : 1];
      const found = kindOf.get(id);
      if (!kindOf.has(id)) {
        problems.push({
          keys: ["edges", index, end],
          message: `${quote(id)} is not a node in this file. Use the id of one of the nodes.${nodeSuggester.hint(id)}`,
        });
      } else if (want && found && found !== want) {
        problems.push({
          keys: ["edges", index, end],
          message: `a "${kind}" path ${end === "source" ? "starts at" : "leads to"} a ${want}, but ${quote(id)} is a ${found}.`,
        });
      }
    }
  }
  problems.push(...checkRequirements(nodes, edges, kindOf, budget), ...checkSources(raw, nodes));
  return problems;
}
