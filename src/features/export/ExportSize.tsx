import type { ExportPlan } from "../../ui/mapExporter.ts";
import type { MenuFormat } from "./exportSettings.ts";

const px = (value: number) => value.toLocaleString("en-US");

/**
 * The size the file will have, before it is made. Its data attributes carry the planned pixel sizes, so the
 * browser tests can check a downloaded image against what the app said it would be.
 */
export function ExportSize({
  format,
  plan,
  ready,
  failure = null,
}: {
  readonly format: MenuFormat;
  readonly plan: ExportPlan | null;
  /** False until the map is drawn and can be exported. */
  readonly ready: boolean;
  /** Why the map cannot be exported as an image at all. */
  readonly failure?: string | null;
}) {
  if (format === "json") {
    return <p className="export-size">The loaded map as a file that “Open map…” reads back.</p>;
  }
  if (failure !== null) return <p className="export-size">{failure}</p>;
  if (!ready) return <p className="export-size">The map is still being drawn.</p>;
  if (!plan) return <p className="export-size">No scale fits in an image this browser can draw. Try SVG.</p>;
  return (
    <p
      className="export-size"
      data-width={plan.width}
      data-height={plan.height}
      data-map-width={plan.mapWidth}
      data-map-height={plan.mapHeight}
      data-header-height={plan.headerHeight}
      data-legend-height={plan.legendHeight}
    >
      {format === "svg" ? "Vector image, " : "Image size: "}
      {px(plan.width)} × {px(plan.height)} px
    </p>
  );
}
