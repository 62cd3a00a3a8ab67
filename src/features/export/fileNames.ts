import type { ExportArea } from "../../ui/mapExporter.ts";

/** The local calendar date as YYYY-MM-DD: a file saved late in the evening carries that evening's date. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A label as a file-name part: lower-case ASCII letters and digits joined by hyphens, accents dropped, at
 * most `max` characters cut at a hyphen. Text with nothing usable (emoji, scripts without Latin letters)
 * gives `fallback`, so a name never ends up empty or hidden (a leading dot).
 */
export function slugify(text: string, fallback: string, max = 40): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return fallback;
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/g, "");
}

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
