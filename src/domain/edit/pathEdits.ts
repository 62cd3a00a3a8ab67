import type { CareerEdge, CareerGraph, EdgeBasis, EdgeKind } from "../careerGraph.ts";
import type { ValidationError } from "../format/validationError.ts";
import { checkEdit } from "./checkEdit.ts";
import { type EditResult, refuse } from "./editResult.ts";

/** A path a person draws: its two ends, its kind, and why it is on the map. */
export interface NewPath {
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
  readonly basis: EdgeBasis;
}

/** `<source>-to-<target>`, with a number added when that id is taken (two kinds of path, or a node id). */
export function newPathId(graph: CareerGraph, source: string, target: string): string {
  const taken = new Set([...graph.nodes.map((node) => node.id), ...graph.edges.map((edge) => edge.id)]);
  const base = `${source}-to-${target}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function trimmedBasis(basis: EdgeBasis): EdgeBasis {
  if (basis.kind === "inferred") return { kind: "inferred", note: basis.note.trim() };
  const note = basis.note?.trim() ?? "";
  return { kind: "sourced", source: basis.source.trim(), ...(note === "" ? {} : { note }) };
}

/** Adds an advancement path; the file rules check that both ends exist and suit the kind. */
export function addPath(graph: CareerGraph, draft: NewPath): EditResult {
  const unchosen: ValidationError[] = [];
  if (draft.source === "")
    unchosen.push({ path: "source", message: "choose the node the path starts from." });
  if (draft.target === "") unchosen.push({ path: "target", message: "choose the node the path leads to." });
  if (unchosen.length > 0) return { ok: false, errors: unchosen };
  if (draft.source === draft.target) return refuse("target", "a path joins two different nodes.");
  const twin = graph.edges.find(
    (edge) => edge.source === draft.source && edge.target === draft.target && edge.kind === draft.kind,
  );
  if (twin) return refuse("target", `this path is already on the map (${JSON.stringify(twin.id)}).`);
  const edge: CareerEdge = {
    id: newPathId(graph, draft.source, draft.target),
    source: draft.source,
    target: draft.target,
    kind: draft.kind,
    basis: trimmedBasis(draft.basis),
  };
  return checkEdit({ ...graph, edges: [...graph.edges, edge] });
}

export function deletePath(graph: CareerGraph, id: string): EditResult {
  if (!graph.edges.some((edge) => edge.id === id))
    return refuse("edges", `${JSON.stringify(id)} is not a path of this map.`);
  return checkEdit({ ...graph, edges: graph.edges.filter((edge) => edge.id !== id) });
}
