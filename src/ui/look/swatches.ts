import type { PathSegment, Point, Shape } from "./shapes.ts";
import type { EdgeLook, MarkLook, NodeLook, VisualModel } from "./visualModel.ts";

/** A legend mark: a node as drawn (optionally selected or dimmed), a path as drawn, or a plan mark's ring. */
export type Swatch =
  | { readonly type: "node"; readonly look: NodeLook; readonly state?: "selected" | "dimmed" }
  | { readonly type: "edge"; readonly look: EdgeLook }
  | { readonly type: "mark"; readonly look: MarkLook; readonly node: NodeLook };

/** A swatch is 40 × 20, on screen and in exported legends. */
export const SWATCH = { width: 40, height: 20 } as const;

const pts = (flat: readonly number[], dx: number, dy: number): Point[] => {
  const out: Point[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    out.push({ x: (flat[i] ?? 0) + dx, y: (flat[i + 1] ?? 0) + dy });
  return out;
};

const HEXAGON = [10, 2, 30, 2, 36, 10, 30, 18, 10, 18, 4, 10];
const INNER_HEXAGON = [12, 5, 28, 5, 32.5, 10, 28, 15, 12, 15, 7.5, 10];
/** Small glyphs (16 × 16) for lists, same shapes as the map's. */
const GLYPH_HEXAGON = [4, 1, 12, 1, 16, 8, 12, 15, 4, 15, 0, 8];

function borderDash(look: NodeLook): Pick<Shape, "dash" | "lineCap"> {
  if (look.borderStyle === "dashed") return { dash: [4, 2.5] };
  if (look.borderStyle === "dotted") return { dash: [0.1, 3], lineCap: "round" };
  return {};
}

function hexagonSwatch(look: NodeLook, dx: number, dy: number): Shape[] {
  const dotted = look.borderStyle === "dotted";
  const outer: Shape = {
    type: "polygon",
    points: pts(HEXAGON, dx, dy),
    fill: look.fill,
    stroke: look.border,
    strokeWidth: dotted ? 2.2 : 1.6,
    ...borderDash(look),
  };
  if (look.borderStyle !== "double") return [outer];
  return [
    outer,
    { type: "polygon", points: pts(INNER_HEXAGON, dx, dy), stroke: look.border, strokeWidth: 1.2 },
  ];
}

function boxSwatch(
  model: VisualModel,
  look: NodeLook,
  state: "selected" | "dimmed" | undefined,
  dx: number,
  dy: number,
): Shape[] {
  const selected = state === "selected";
  const box: Shape = {
    type: "rect",
    x: dx + 5,
    y: dy + 4,
    width: 30,
    height: 12,
    radius: 4,
    fill: look.fill,
    stroke: selected ? model.selected : look.border,
    strokeWidth: selected ? 2.6 : 1.6,
    opacity: state === "dimmed" ? 0.25 : 1,
  };
  if (!selected) return [box];
  const halo: Shape = {
    type: "rect",
    x: dx + 1,
    y: dy + 0.5,
    width: 38,
    height: 19,
    radius: 7,
    fill: model.selected,
    opacity: 0.18,
  };
  return [halo, box];
}

const ARROW_HEADS: Record<EdgeLook["arrow"], readonly number[]> = {
  triangle: [29, 5, 38, 10, 29, 15],
  vee: [29, 5, 38, 10, 29, 15, 32, 10],
  "triangle-backcurve": [29, 5, 38, 10, 29, 15, 31, 10],
};

function edgeSwatch(look: EdgeLook, dx: number, dy: number): Shape[] {
  const line: PathSegment[] = [
    { op: "M", to: { x: dx + 2, y: dy + 10 } },
    { op: "L", to: { x: dx + 30, y: dy + 10 } },
  ];
  const dotted = look.lineStyle === "dotted";
  const dashed =
    look.lineStyle === "solid"
      ? {}
      : { dash: dotted ? [2, 4] : [6, 4], lineCap: dotted ? ("round" as const) : ("butt" as const) };
  const width = Math.min(4, look.width);
  return [
    { type: "path", segments: line, stroke: look.color, strokeWidth: width, ...dashed },
    { type: "polygon", points: pts(ARROW_HEADS[look.arrow], dx, dy), fill: look.color },
  ];
}

/** The dash of a mark's ring, the same on screen, in the legend and in exports. */
export function ringDash(ring: MarkLook["ring"]): readonly number[] | undefined {
  if (ring === "dotted") return [1.5, 2.5];
  if (ring === "dashed") return [6, 3];
  return undefined;
}

/** A position box with the mark's ring around it, as the map draws a node the person marked. */
function markSwatch(look: MarkLook, node: NodeLook, dx: number, dy: number): Shape[] {
  const dash = ringDash(look.ring);
  const ring = (inset: number, strokeWidth: number, radius: number): Shape => ({
    type: "rect",
    x: dx + inset,
    y: dy + inset - 3,
    width: 40 - 2 * inset,
    height: 26 - 2 * inset,
    radius,
    stroke: look.color,
    strokeWidth,
    ...(dash ? { dash } : {}),
  });
  const rings = look.ring === "double" ? [ring(2.5, 1, 6), ring(4.5, 1, 5)] : [ring(4, 2, 5)];
  const box: Shape = {
    type: "rect",
    x: dx + 8,
    y: dy + 5,
    width: 24,
    height: 10,
    radius: 3,
    fill: node.fill,
    stroke: node.border,
    strokeWidth: 1.2,
  };
  return [...rings, box];
}

/** The shapes of one swatch with its top-left corner at (x, y). */
export function swatchShapes(model: VisualModel, swatch: Swatch, x = 0, y = 0): Shape[] {
  if (swatch.type === "edge") return edgeSwatch(swatch.look, x, y);
  if (swatch.type === "mark") return markSwatch(swatch.look, swatch.node, x, y);
  if (swatch.look.shape === "hexagon") return hexagonSwatch(swatch.look, x, y);
  return boxSwatch(model, swatch.look, swatch.state, x, y);
}

/** A node's glyph for lists, in a 16 × 16 box: its shape, fill and border. */
export function glyphShapes(look: NodeLook): Shape[] {
  const paint = { fill: look.fill, stroke: look.border, strokeWidth: 1.6, ...borderDash(look) };
  if (look.shape === "hexagon") return [{ type: "polygon", points: pts(GLYPH_HEXAGON, 0, 0), ...paint }];
  return [{ type: "rect", x: 0, y: 2, width: 16, height: 12, radius: 4, ...paint }];
}
