import type { ExportPlan } from "../../ui/mapExporter.ts";
import { aboutByteSize } from "./byteSize.ts";
import type { MenuFormat } from "./exportSettings.ts";

const px = (value: number) => value.toLocaleString("en-US");

/** A smaller scale to offer when the chosen one makes a large file. */
export interface SmallerScale {
  readonly scale: number;
  readonly plan: ExportPlan;
}

/**
 * The size the file will have, before it is made: pixels and an estimate of the bytes, and, for a large
 * file, a button that picks a smaller scale. Its data attributes carry the planned pixel sizes, so the
 * browser tests can check a downloaded image against what the app said it would be.
 */
export function ExportSize({
  format,
  plan,
  ready,
  failure = null,
  large = false,
  smaller = null,
  onUseScale,
}: {
  readonly format: MenuFormat;
  readonly plan: ExportPlan | null;
  /** False until the map is drawn and can be exported. */
  readonly ready: boolean;
  /** Why the map cannot be exported as an image at all. */
  readonly failure?: string | null;
  /** Whether the file will be large enough to warn about. */
  readonly large?: boolean;
  readonly smaller?: SmallerScale | null;
  readonly onUseScale?: (scale: number) => void;
}) {
  if (format === "json") {
    return <p className="export-size">The loaded map as a file that “Open map…” reads back.</p>;
  }
  if (failure !== null) return <p className="export-size">{failure}</p>;
  if (!ready) return <p className="export-size">The map is still being drawn.</p>;
  if (!plan) return <p className="export-size">No scale fits in an image this browser can draw. Try SVG.</p>;
  return (
    <>
      <p
        className="export-size"
        data-width={plan.width}
        data-height={plan.height}
        data-map-width={plan.mapWidth}
        data-map-height={plan.mapHeight}
        data-header-height={plan.headerHeight}
        data-legend-height={plan.legendHeight}
        data-sliced={plan.sliced}
      >
        {format === "svg" ? "Vector image, " : "Image size: "}
        {px(plan.width)} × {px(plan.height)} px, {aboutByteSize(plan.estimatedBytes)}
      </p>
      {large ? (
        <div className="export-large">
          <p>A large file: it takes a while to make, and is too big for most e-mail and slides.</p>
          {smaller && onUseScale ? (
            <button type="button" className="control-button" onClick={() => onUseScale(smaller.scale)}>
              Use {smaller.scale}× instead ({px(smaller.plan.width)} × {px(smaller.plan.height)} px,{" "}
              {aboutByteSize(smaller.plan.estimatedBytes)})
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
