import type {
  ExportArea,
  ExportBackground,
  ExportCaption,
  ExportFormat,
  ExportRequest,
} from "../../ui/mapExporter.ts";

export type MenuFormat = ExportFormat | "json";

/** What the person chose in the export menu. */
export interface ExportSettings {
  readonly format: MenuFormat;
  readonly area: ExportArea;
  readonly scale: number;
  readonly background: ExportBackground;
  readonly withCaption: boolean;
  /** Light, or the theme on screen now. */
  readonly look: "light" | "screen";
}

export const DEFAULT_SETTINGS: ExportSettings = {
  format: "png",
  area: "full",
  scale: 2,
  background: "filled",
  withCaption: true,
  look: "light",
};

export const SCALES = [1, 2, 4] as const;

/** Offered besides SCALES when the map at 1× makes a large file (a map of thousands of nodes). */
export const SMALL_SCALES = [0.25, 0.5] as const;

const AREA_WORDS: Record<ExportArea, string> = {
  full: "Whole map",
  view: "Current view",
  route: "The route",
};

/** The title strip: the map's title, what part of it this is with the date, and the drawn route's summary. */
export function exportCaption(
  title: string,
  area: ExportArea,
  now: Date,
  summary: string | null,
): ExportCaption {
  const date = now.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
  const subtitle = `${AREA_WORDS[area]} · exported ${date}`;
  return summary === null ? { title, subtitle } : { title, subtitle, summary };
}

/** The request for the exporter; JSON never reaches it. Transparency only exists for PNG. */
export function exportRequest(
  settings: ExportSettings,
  format: ExportFormat,
  scale: number,
  caption: ExportCaption,
  screenTheme: "light" | "dark",
): ExportRequest {
  return {
    format,
    area: settings.area,
    scale,
    background: format === "png" ? settings.background : "filled",
    theme: settings.look === "screen" ? screenTheme : "light",
    caption: settings.withCaption ? caption : null,
  };
}
