import type { CareerGraph } from "../../domain/careerGraph.ts";
import { careerMapBlob } from "../../ui/careerMapJson.ts";
import { downloadBlob } from "../../ui/downloadBlob.ts";
import { localDate, slugify } from "../../ui/fileNameParts.ts";

/** JSON, the map file; or CSV, one sheet with a row per level, issuer, node and path. */
export type SaveFormat = "json" | "csv";

/** `<title>-<date>.json` or `.csv`: a new file named after the map, never the bundled map's own file. */
export function savedMapName(graph: CareerGraph, format: SaveFormat, now: Date): string {
  return `${slugify(graph.title, "career-map")}-${localDate(now)}.${format}`;
}

async function mapBlob(graph: CareerGraph, format: SaveFormat): Promise<Blob> {
  if (format === "json") return careerMapBlob(graph);
  // The CSV writer and its parser load only when someone saves a sheet, as they do for reading one.
  const { writeCareerMapCsv } = await import("../../domain/format/csv/writeCareerMapCsv.ts");
  return new Blob([writeCareerMapCsv(graph)], { type: "text/csv;charset=utf-8" });
}

/** Saves the shown map in the chosen format and says under which name. */
export async function saveMapAs(graph: CareerGraph, format: SaveFormat): Promise<string> {
  const name = savedMapName(graph, format, new Date());
  downloadBlob(await mapBlob(graph, format), name);
  return name;
}
