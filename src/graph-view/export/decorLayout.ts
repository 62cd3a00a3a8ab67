import type { LegendEntry } from "../../ui/look/legend.ts";
import type { MeasureText, Shape } from "../../ui/look/shapes.ts";
import { SWATCH, swatchShapes } from "../../ui/look/swatches.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import type { ExportCaption } from "../../ui/mapExporter.ts";
import { wrapText } from "./wrapText.ts";

/** The title strip and the legend strip, each in its own coordinates from (0, 0), in map pixels at scale 1. */
export interface Decor {
  readonly header: readonly Shape[];
  readonly headerHeight: number;
  readonly legend: readonly Shape[];
  readonly legendHeight: number;
}

const PAD = 16;
const TEXT_GAP = 6;
const ITEM_GAP = 20;
const ROW = 26;

type Line = {
  readonly text: string;
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
  readonly leading: number;
};

function headerShapes(
  model: VisualModel,
  caption: ExportCaption,
  width: number,
  measure: MeasureText,
): { shapes: Shape[]; height: number } {
  const { ui, map } = model.palette;
  const room = Math.max(40, width - 2 * PAD);
  const lines: Line[] = [
    ...wrapText(caption.title, room, 22, 700, measure).map((text) => ({
      text,
      size: 22,
      weight: 700,
      fill: ui.ink,
      leading: 28,
    })),
    ...wrapText(caption.subtitle, room, 13, 400, measure).map((text) => ({
      text,
      size: 13,
      weight: 400,
      fill: ui.inkSoft,
      leading: 20,
    })),
    ...(caption.summary === undefined ? [] : wrapText(caption.summary, room, 15, 700, measure)).map(
      (text) => ({
        text,
        size: 15,
        weight: 700,
        fill: map.route,
        leading: 22,
      }),
    ),
  ];
  const shapes: Shape[] = [];
  let top = PAD - 4;
  for (const line of lines) {
    // Alphabetic baseline: the type is centred in its line box and its baseline sits 0.82 em below the type's top.
    shapes.push({
      type: "text",
      x: PAD,
      y: top + (line.leading - line.size) / 2 + line.size * 0.82,
      anchor: "start",
      ...line,
    });
    top += line.leading;
  }
  return { shapes, height: Math.ceil(top + PAD - 4) };
}

function legendShapes(
  model: VisualModel,
  entries: readonly LegendEntry[],
  width: number,
  measure: MeasureText,
): { shapes: Shape[]; height: number } {
  const shapes: Shape[] = [
    {
      type: "path",
      segments: [
        { op: "M", to: { x: 0, y: 0.5 } },
        { op: "L", to: { x: width, y: 0.5 } },
      ],
      stroke: model.palette.ui.line,
      strokeWidth: 1,
    },
  ];
  let x = PAD;
  let rowTop = 10;
  for (const entry of entries) {
    const swatchWidth = entry.swatch ? SWATCH.width + TEXT_GAP : 0;
    const itemWidth = swatchWidth + measure(entry.label, 12, 400);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      rowTop += ROW;
    }
    if (entry.swatch)
      shapes.push(...swatchShapes(model, entry.swatch, x, rowTop + (ROW - SWATCH.height) / 2));
    shapes.push({
      type: "text",
      x: x + swatchWidth,
      y: rowTop + ROW / 2 + 4.5,
      text: entry.label,
      size: 12,
      weight: 400,
      fill: model.palette.ui.ink,
      anchor: "start",
    });
    x += itemWidth + ITEM_GAP;
  }
  return { shapes, height: Math.ceil(rowTop + ROW + 8) };
}

/**
 * Lays out the title strip (title, subtitle, route summary, wrapped to the width) and the legend strip
 * (entries flowing into rows) for an image `width` map pixels wide. Heights are whole pixels, so the image
 * size at any whole scale is a whole number of pixels.
 */
export function layoutDecor(
  model: VisualModel,
  caption: ExportCaption,
  entries: readonly LegendEntry[],
  width: number,
  measure: MeasureText,
): Decor {
  const header = headerShapes(model, caption, width, measure);
  const legend = legendShapes(model, entries, width, measure);
  return {
    header: header.shapes,
    headerHeight: header.height,
    legend: legend.shapes,
    legendHeight: legend.height,
  };
}
