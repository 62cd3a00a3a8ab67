import careerMap from "../../../data/career-map.json";
import type { CareerGraph, CareerNode } from "../../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";

/** The bundled map, checked by the same validator the app uses. */
function loadGraph(): CareerGraph {
  const result = validateCareerGraph(careerMap);
  if (!result.ok)
    throw new Error(`data/career-map.json is invalid: ${JSON.stringify(result.errors, null, 1)}`);
  return result.value;
}

export const rawMap: unknown = careerMap;
export const graph = loadGraph();
export const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
export const positions = graph.nodes.filter((node) => node.kind === "position");
export const credentials = graph.nodes.filter((node) => node.kind === "credential");
const levelRank = new Map(graph.levels.map((level, i) => [level.id, i]));

export function rankOf(id: string): number {
  const node = nodeById.get(id);
  const rank = node === undefined ? undefined : levelRank.get(node.level);
  if (rank === undefined) throw new Error(`no level for node ${id}`);
  return rank;
}

export const atLevel = (level: string): CareerNode[] => positions.filter((node) => node.level === level);
