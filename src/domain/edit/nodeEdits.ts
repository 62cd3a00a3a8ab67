import type { CareerGraph, CareerNode, Fact, NodeKind } from "../careerGraph.ts";
import { checkEdit, findNode } from "./checkEdit.ts";
import type { EditResult } from "./editResult.ts";

/** What a person fills in to add a position or credential; the rest of a node is added later in the panel. */
export interface NewNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly level: string;
  readonly summary: string;
  /** The link the node's facts come from; blank when the author vouches for them instead. */
  readonly source: string;
  /** The author's own statement, for facts with no public source (a team's own ladder). */
  readonly internalNote?: string;
  /** The body that issues a credential; ignored for a position. */
  readonly issuer?: string;
}

/** The lists of facts a node can carry, each shown as its own section of the details panel. */
export const FACT_SECTIONS = ["settings", "prerequisites", "upkeep"] as const;
export type FactSection = (typeof FACT_SECTIONS)[number];

/** Replaces one node by what `change` makes of it, then checks the whole map. */
function changeNode(graph: CareerGraph, id: string, change: (node: CareerNode) => CareerNode): EditResult {
  const found = findNode(graph, id);
  if (!found.ok) return found;
  return checkEdit({ ...graph, nodes: graph.nodes.map((node) => (node.id === id ? change(node) : node)) });
}

export function addNode(graph: CareerGraph, draft: NewNode): EditResult {
  const source = draft.source.trim();
  const note = draft.internalNote?.trim() ?? "";
  const node: CareerNode = {
    id: draft.id.trim(),
    kind: draft.kind,
    level: draft.level,
    label: draft.label.trim(),
    ...(draft.kind === "credential" && draft.issuer !== undefined ? { issuer: draft.issuer } : {}),
    summary: draft.summary.trim(),
    sources: source === "" ? [] : [source],
    ...(note === "" ? {} : { internal: { note } }),
  };
  return checkEdit({ ...graph, nodes: [...graph.nodes, node] });
}

/** Changes the label drawn on the map and the full name; a blank full name removes it. The id stays. */
export function renameNode(
  graph: CareerGraph,
  id: string,
  names: { readonly label: string; readonly name?: string },
): EditResult {
  const fullName = names.name?.trim() ?? "";
  return changeNode(graph, id, ({ name: _old, ...node }) => ({
    ...node,
    label: names.label.trim(),
    ...(fullName === "" ? {} : { name: fullName }),
  }));
}

export function moveNode(graph: CareerGraph, id: string, level: string): EditResult {
  return changeNode(graph, id, (node) => ({ ...node, level }));
}

export function editSummary(graph: CareerGraph, id: string, summary: string): EditResult {
  return changeNode(graph, id, (node) => ({ ...node, summary: summary.trim() }));
}

/** Replaces one list of facts; an empty list removes the section. */
export function setFacts(
  graph: CareerGraph,
  id: string,
  section: FactSection,
  facts: readonly Fact[],
): EditResult {
  return changeNode(graph, id, (node) => {
    const { [section]: _old, ...rest } = node;
    return facts.length === 0 ? rest : { ...rest, [section]: [...facts] };
  });
}

/** How many advancement paths start or end at a node: the ones deleting it takes with it. */
export function countNodePaths(graph: CareerGraph, id: string): number {
  return graph.edges.filter((edge) => edge.source === id || edge.target === id).length;
}

/** Drops a deleted credential from "hold one of" groups; a group left empty goes too. */
function withoutCredential(node: CareerNode, id: string): CareerNode {
  const groups = node.requirements?.credentials;
  if (!node.requirements || !groups?.some((group) => group.oneOf.includes(id))) return node;
  const kept = groups
    .map((group) => ({ ...group, oneOf: group.oneOf.filter((other) => other !== id) }))
    .filter((group) => group.oneOf.length > 0);
  const { credentials: _old, ...requirements } = node.requirements;
  return { ...node, requirements: kept.length > 0 ? { ...requirements, credentials: kept } : requirements };
}

/** Deletes a node with every path that starts or ends at it, and every requirement that names it. */
export function deleteNode(graph: CareerGraph, id: string): EditResult {
  const found = findNode(graph, id);
  if (!found.ok) return found;
  return checkEdit({
    ...graph,
    nodes: graph.nodes.filter((node) => node.id !== id).map((node) => withoutCredential(node, id)),
    edges: graph.edges.filter((edge) => edge.source !== id && edge.target !== id),
  });
}
