import type { CareerGraph } from "../../domain/careerGraph.ts";

/** Maps that came from a link (`?map=`): the link brings them back, so they are not kept as "my own map". */
const fromLinks = new WeakSet<CareerGraph>();

export function markMapFromLink(graph: CareerGraph): void {
  fromLinks.add(graph);
}

export function isMapFromLink(graph: CareerGraph): boolean {
  return fromLinks.has(graph);
}
