/**
 * What the export menu needs from the map. Declared here, not imported, so features stay independent of
 * graph-view; the app hands in graph-view's exporter, which has this shape.
 */
export type ExportFormat = "png" | "jpeg" | "svg";
export type ExportArea = "full" | "view" | "route";
export type ExportBackground = "white" | "transparent";

export interface ExportCaption {
  readonly title: string;
  readonly subtitle: string;
  readonly summary?: string;
}

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly area: ExportArea;
  readonly scale: number;
  readonly background: ExportBackground;
  readonly caption: ExportCaption | null;
}

export interface ExportPlan {
  readonly width: number;
  readonly height: number;
  readonly mapWidth: number;
  readonly mapHeight: number;
  readonly headerHeight: number;
  readonly legendHeight: number;
  readonly fits: boolean;
  readonly reason?: string;
}

export interface MapExporter {
  hasRoute(): boolean;
  plan(request: ExportRequest): ExportPlan;
  render(request: ExportRequest): Promise<Blob>;
}
