import type { EdgeSingular } from "cytoscape";
import type { PathSegment, Point, Shape } from "../../ui/look/shapes.ts";

/** Arrowheads in Cytoscape's unit frame: tip at (0, 0), y towards the node, so the body has negative y. */
interface ArrowKind {
  readonly points: readonly (readonly [number, number])[];
  /** How far the line stops short of the tip, in units of the edge width × arrow scale × 2 (Cytoscape's gap). */
  readonly gap: number;
  readonly backCurve?: true;
}

const ARROWS: Record<string, ArrowKind> = {
  triangle: {
    points: [
      [-0.15, -0.3],
      [0, 0],
      [0.15, -0.3],
    ],
    gap: 1,
  },
  vee: {
    points: [
      [-0.15, -0.3],
      [0, 0],
      [0.15, -0.3],
      [0, -0.15],
    ],
    gap: 0.525,
  },
  "triangle-backcurve": {
    points: [
      [-0.15, -0.3],
      [0, 0],
      [0.15, -0.3],
    ],
    gap: 0.8,
    backCurve: true,
  },
};

const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

function unit(from: Point, to: Point): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
}

/** Cytoscape's arrow size for an edge width (base/coord-ele-math/edge-arrows: getArrowWidth). */
const arrowSize = (width: number, scale: number) => Math.max((width * 13.37) ** 0.9, 29) * scale;

function arrowShape(
  arrow: ArrowKind,
  fill: string,
  tip: Point,
  direction: Point,
  size: number,
): Shape | null {
  const place = ([across, along]: readonly [number, number]): Point => ({
    x: tip.x + size * (along * direction.x - across * direction.y),
    y: tip.y + size * (along * direction.y + across * direction.x),
  });
  const [first, ...rest] = arrow.points.map(place);
  if (!first) return null;
  const segments: PathSegment[] = [
    { op: "M", to: first },
    ...rest.map((to): PathSegment => ({ op: "L", to })),
  ];
  segments.push(arrow.backCurve ? { op: "Q", control: place([0, -0.15]), to: first } : { op: "Z" });
  return { type: "path", segments, fill };
}

/**
 * An edge as shapes in model coordinates: its line, straight or through Cytoscape's own control points, and
 * its arrowhead, with colour, width, dashes and effective opacity as drawn on screen. Hidden edges give nothing.
 */
export function edgeShapes(edge: EdgeSingular): Shape[] {
  if (!edge.visible()) return [];
  const start = edge.sourceEndpoint();
  const tip = edge.targetEndpoint();
  if (![start.x, start.y, tip.x, tip.y].every(Number.isFinite)) return [];
  const controls = edge.controlPoints() ?? [];
  const width = edge.numericStyle("width") as number;
  const direction = unit(controls.at(-1) ?? start, tip);
  const scale = edge.numericStyle("arrow-scale") as number;
  const kind = ARROWS[String(edge.style("target-arrow-shape"))];
  const color = String(edge.style("target-arrow-color"));
  const arrow = kind ? arrowShape(kind, color, tip, direction, arrowSize(width, scale)) : null;
  // The line stops under the arrowhead, as on canvas, so a notched head (vee) shows no line in its notch.
  const gap = kind ? width * scale * 2 * kind.gap : 0;
  const end = { x: tip.x - direction.x * gap, y: tip.y - direction.y * gap };
  const segments: PathSegment[] = [{ op: "M", to: start }];
  controls.forEach((control, i) => {
    const next = controls[i + 1];
    segments.push({ op: "Q", control, to: next ? mid(control, next) : end });
  });
  if (controls.length === 0) segments.push({ op: "L", to: end });
  const style = String(edge.style("line-style"));
  const pattern = (String(edge.style("line-dash-pattern")).match(/[\d.]+/g) ?? []).map(Number);
  const dash = style === "dotted" ? [1, 1] : style === "dashed" ? pattern : undefined;
  const line: Shape = {
    type: "path",
    segments,
    stroke: String(edge.style("line-color")),
    strokeWidth: width,
    ...(dash ? { dash } : {}),
  };
  const shapes = arrow ? [line, arrow] : [line];
  const opacity = edge.effectiveOpacity();
  return opacity < 1 ? shapes.map((shape) => ({ ...shape, opacity })) : shapes;
}
