import type { CareerGraph } from "../domain/careerGraph.ts";

/**
 * The loaded career map in the file format, indented for people who edit it by hand. The graph is already
 * validated data, so writing it as is gives a file the app reads back to an equal graph.
 */
export function serializeCareerMap(graph: CareerGraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}

/** The map file as a download. */
export function careerMapBlob(graph: CareerGraph): Blob {
  return new Blob([serializeCareerMap(graph)], { type: "application/json" });
}
