/**
 * What the export feature needs from the map, and what graph-view's exporter provides. Nothing here
 * mentions Cytoscape, so it lives in src/ui: the export feature and graph-view both import it, and the app
 * hands graph-view's exporter to the export menu.
 */
export type ExportFormat = "png" | "jpeg" | "svg";

/** What part of the map: all of it, what the screen shows now, or the drawn route with some room around it. */
export type ExportArea = "full" | "view" | "route";

/** "filled" paints the theme's background (white in the light theme); JPEG is always filled. */
export type ExportBackground = "filled" | "transparent";

/** Text burned into the image above the map; the legend comes with it. */
export interface ExportCaption {
  readonly title: string;
  /** A second, smaller line, e.g. the date and what part of the map this is. */
  readonly subtitle: string;
  /** The drawn route in one line, e.g. "Medical Records Clerk → Coding Director: 6 steps, 2 credentials". */
  readonly summary?: string;
}

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly area: ExportArea;
  /** Output pixels per map pixel for PNG and JPEG (0.25 to 4); SVG is drawn at 1 and scales as a vector. */
  readonly scale: number;
  /** JPEG has no transparency and is always filled. */
  readonly background: ExportBackground;
  /** The look of the picture: light by default, or the dark theme shown on screen. */
  readonly theme: "light" | "dark";
  /** Null leaves out the title, the legend and the route summary. */
  readonly caption: ExportCaption | null;
}

/**
 * Past this size a file is slow to make and too large for e-mail, chat and most slides: the export menu
 * says so and offers a smaller scale.
 */
export const LARGE_FILE_BYTES = 25 * 1024 * 1024;

/** The size an export will have, worked out before anything is drawn. */
export interface ExportPlan {
  /** Size of the whole image in output pixels. */
  readonly width: number;
  readonly height: number;
  /** The map part of it, in output pixels. */
  readonly mapWidth: number;
  readonly mapHeight: number;
  /** The title strip above and the legend strip below the map, in output pixels (0 without a caption). */
  readonly headerHeight: number;
  readonly legendHeight: number;
  /** About how many bytes the file will take (an estimate from the pixels and what the map draws). */
  readonly estimatedBytes: number;
  /** Drawn in slices across many short tasks, with progress (a large picture), rather than in one step. */
  readonly sliced: boolean;
  /** False when the browser could not draw an image this large; `reason` then says why. */
  readonly fits: boolean;
  readonly reason?: string;
}

/** How a long export reports how far it got and learns that it was cancelled. */
export interface RenderOptions {
  /** Called with the share done (0 to 1) and what is happening, as slices finish. */
  readonly onProgress?: (done: number, phase: "drawing" | "encoding") => void;
  /** Aborting it stops the export between slices; render then rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

export interface MapExporter {
  /** Whether a route is drawn, so the route area can be offered. */
  hasRoute(): boolean;
  plan(request: ExportRequest): ExportPlan;
  /** Draws the image without blocking the page. Rejects with a message fit for people when it fails. */
  render(request: ExportRequest, options?: RenderOptions): Promise<Blob>;
}
