import { localDate, slugify } from "../../ui/fileNameParts.ts";
import type { ExportArea } from "../../ui/mapExporter.ts";

export type FileExtension = "png" | "jpg" | "svg" | "json";

export interface FileNameRequest {
  readonly extension: FileExtension;
  readonly area: ExportArea;
  /** Labels of the drawn route's ends, if a route is drawn. */
  readonly route: { readonly from: string; readonly to: string } | null;
  readonly now: Date;
}

/**
 * A file name that says what the file holds: `career-map-2026-11-26.png`, `career-map-view-2026-11-26.jpg`
 * for the current view, `route-medical-records-clerk-to-coding-director.svg` for the route alone, and the
 * route added to a whole-map image that shows one. The map file is always `career-map-<date>.json`.
 */
export function exportFileName({ extension, area, route, now }: FileNameRequest): string {
  const date = localDate(now);
  if (extension === "json") return `career-map-${date}.json`;
  const routePart = route ? `route-${slugify(route.from, "start")}-to-${slugify(route.to, "goal")}` : null;
  if (area === "route" && routePart) return `${routePart}.${extension}`;
  if (area === "view") return `career-map-view-${date}.${extension}`;
  return routePart ? `career-map-${date}-${routePart}.${extension}` : `career-map-${date}.${extension}`;
}
