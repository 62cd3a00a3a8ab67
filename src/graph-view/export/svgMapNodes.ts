import type { NodeSingular } from "cytoscape";
import type { MeasureText, Point, Shape } from "../../ui/look/shapes.ts";
import { outlineShapes } from "./outlineShapes.ts";
import { wrapText } from "./wrapText.ts";

/** The outline of a node shape of size w × h around (x, y), as Cytoscape draws it (also the focus overlay's rings). */
export function nodeOutline(
  kind: string,
  x: number,
  y: number,
  w: number,
  h: number,
  fill: Shape["fill"],
): Shape {
  if (kind === "hexagon") {
    // Cytoscape's hexagon: flat top and bottom, corners at a quarter and three quarters of the width.
    const points: Point[] = [
      [-0.5, -1],
      [0.5, -1],
      [1, 0],
      [0.5, 1],
      [-0.5, 1],
      [-1, 0],
    ].map(([px = 0, py = 0]) => ({ x: x + (px * w) / 2, y: y + (py * h) / 2 }));
    return { type: "polygon", points, ...(fill ? { fill } : {}) };
  }
  // Cytoscape's round rectangle radius is min(w / 4, h / 4, 8); any other shape is drawn as its box.
  const radius =
    kind === "round-rectangle" ? Math.min(w / 4, h / 4, 8) : kind === "ellipse" ? Math.min(w, h) / 2 : 0;
  return { type: "rect", x: x - w / 2, y: y - h / 2, width: w, height: h, radius, ...(fill ? { fill } : {}) };
}

function borderShapes(node: NodeSingular, kind: string, x: number, y: number, w: number, h: number): Shape[] {
  const width = node.numericStyle("border-width") as number;
  if (!(width > 0)) return [];
  const stroke = node.style("border-color") as string;
  const style = node.style("border-style") as string;
  if (style === "double") {
    // Canvas erases the middle third of the stroke; two thin rings drawn a third apart look the same.
    const third = width / 3;
    return [
      { ...nodeOutline(kind, x, y, w + 2 * third, h + 2 * third, undefined), stroke, strokeWidth: third },
      { ...nodeOutline(kind, x, y, w - 2 * third, h - 2 * third, undefined), stroke, strokeWidth: third },
    ];
  }
  const dash = style === "dotted" ? [1, 1] : style === "dashed" ? [6, 3] : undefined;
  return [
    { ...nodeOutline(kind, x, y, w, h, undefined), stroke, strokeWidth: width, ...(dash ? { dash } : {}) },
  ];
}

function labelShapes(node: NodeSingular, x: number, y: number, h: number, measure: MeasureText): Shape[] {
  const label = String(node.style("label") ?? "");
  if (label.trim() === "" || (node.numericStyle("text-opacity") as number) === 0) return [];
  const size = node.numericStyle("font-size") as number;
  const weightStyle = String(node.style("font-weight"));
  const weight = weightStyle === "bold" ? 700 : Number(weightStyle) || 400;
  const wrap = node.style("text-wrap") === "wrap";
  const lines = wrap
    ? wrapText(label, node.numericStyle("text-max-width") as number, size, weight, measure)
    : [label];
  const lineHeight = size * ((node.numericStyle("line-height") as number) || 1);
  const marginY = node.numericStyle("text-margin-y") as number;
  const fill = node.style("color") as string;
  // Cytoscape sets text on its bottom edge: centred labels straddle the centre, top labels sit above the node.
  const bottom =
    node.style("text-valign") === "top" ? y - h / 2 + marginY : y + marginY + (lines.length * lineHeight) / 2;
  const firstBaseline = bottom - (lines.length - 1) * lineHeight - size * 0.24;
  return lines.map((text, i) => ({
    type: "text",
    x,
    y: firstBaseline + i * lineHeight,
    text,
    size,
    weight,
    fill,
    anchor: "middle",
  }));
}

/**
 * A node as shapes in model coordinates: underlay (selection or route halo), body, border and label lines,
 * with the node's effective opacity (dimmed nodes stay dimmed). Hidden nodes give nothing.
 */
export function nodeShapes(node: NodeSingular, measure: MeasureText): Shape[] {
  if (!node.visible()) return [];
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const kind = String(node.style("shape"));
  const shapes: Shape[] = [];
  const underlay = node.numericStyle("underlay-opacity") as number;
  if (underlay > 0) {
    const pad = node.numericStyle("underlay-padding") as number;
    const halo = nodeOutline(
      "round-rectangle",
      x,
      y,
      w + 2 * pad,
      h + 2 * pad,
      node.style("underlay-color") as string,
    );
    shapes.push({ ...halo, opacity: underlay });
  }
  const fillOpacity = node.numericStyle("background-opacity") as number;
  if (fillOpacity > 0)
    shapes.push({
      ...nodeOutline(kind, x, y, w, h, node.style("background-color") as string),
      opacity: fillOpacity,
    });
  shapes.push(
    ...borderShapes(node, kind, x, y, w, h),
    ...outlineShapes(node, kind, x, y, w, h, (k, ox, oy, ow, oh) =>
      nodeOutline(k, ox, oy, ow, oh, undefined),
    ),
    ...labelShapes(node, x, y, h, measure),
  );
  const opacity = node.effectiveOpacity();
  return opacity < 1
    ? shapes.map((shape) => ({ ...shape, opacity: (shape.opacity ?? 1) * opacity }))
    : shapes;
}
