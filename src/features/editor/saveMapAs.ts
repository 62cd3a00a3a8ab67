import type { CareerGraph } from "../../domain/careerGraph.ts";
import { careerMapBlob } from "../../ui/careerMapJson.ts";
import { downloadBlob } from "../../ui/downloadBlob.ts";
import { localDate, slugify } from "../../ui/fileNameParts.ts";

/** `<title>-<date>.json`: a new file named after the map, never the bundled map's own file. */
export function savedMapName(graph: CareerGraph, now: Date): string {
  return `${slugify(graph.title, "career-map")}-${localDate(now)}.json`;
}

/** Saves the shown map as a career map file and says under which name. */
export function saveMapAs(graph: CareerGraph): string {
  const name = savedMapName(graph, new Date());
  downloadBlob(careerMapBlob(graph), name);
  return name;
}
