import { PLAN_MARKS, type PlanMark } from "../../domain/plan/plan.ts";
import { MAP_COLORS } from "../../ui/mapColors.ts";
import { planMarkSwatch } from "./outlineShapes.ts";
import type { PathSegment, Point, Shape } from "./shapes.ts";

/** The marks of the on-screen legend (src/features/legend), drawn into exported images. */
export type SwatchKind =
  | "position"
  | "aapc"
  | "ahima"
  | "other"
  | "selected"
  | "dimmed"
  | "advances-to"
  | "lateral"
  | "qualifies-for"
  | "prepares-for"
  | "route"
  | `plan-${PlanMark}`;

/** A swatch is 40 × 20, like the on-screen legend's. */
export const SWATCH = { width: 40, height: 20 } as const;

const pts = (flat: readonly number[], dx: number, dy: number): Point[] => {
  const out: Point[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    out.push({ x: (flat[i] ?? 0) + dx, y: (flat[i + 1] ?? 0) + dy });
  return out;
};

const HEXAGON = [10, 2, 30, 2, 36, 10, 30, 18, 10, 18, 4, 10];
const INNER_HEXAGON = [12, 5, 28, 5, 32.5, 10, 28, 15, 12, 15, 7.5, 10];

function nodeSwatch(kind: SwatchKind, dx: number, dy: number): Shape[] {
  if (kind === "aapc" || kind === "ahima" || kind === "other") {
    const colors = kind === "other" ? MAP_COLORS.otherIssuer : MAP_COLORS[kind];
    const outer: Shape = {
      type: "polygon",
      points: pts(HEXAGON, dx, dy),
      fill: colors.fill,
      stroke: colors.border,
      strokeWidth: 1.6,
    };
    if (kind !== "ahima") return [outer];
    return [
      outer,
      { type: "polygon", points: pts(INNER_HEXAGON, dx, dy), stroke: colors.border, strokeWidth: 1.2 },
    ];
  }
  const { fill, border } = MAP_COLORS.position;
  const selected = kind === "selected";
  const box: Shape = {
    type: "rect",
    x: dx + 5,
    y: dy + 4,
    width: 30,
    height: 12,
    radius: 4,
    fill,
    stroke: selected ? MAP_COLORS.selected : border,
    strokeWidth: selected ? 2.6 : 1.6,
    opacity: kind === "dimmed" ? 0.25 : 1,
  };
  if (!selected) return [box];
  const halo: Shape = {
    type: "rect",
    x: dx + 1,
    y: dy + 0.5,
    width: 38,
    height: 19,
    radius: 7,
    fill: MAP_COLORS.selected,
    opacity: 0.18,
  };
  return [halo, box];
}

const EDGE_LOOK = {
  "advances-to": { color: MAP_COLORS.advancesTo, width: 2, dash: undefined, head: [29, 5, 38, 10, 29, 15] },
  lateral: {
    color: MAP_COLORS.advancesTo,
    width: 1.5,
    dash: undefined,
    head: [29, 5, 38, 10, 29, 15, 32, 10],
  },
  "qualifies-for": { color: MAP_COLORS.qualifiesFor, width: 2, dash: [6, 4], head: [29, 5, 38, 10, 29, 15] },
  "prepares-for": {
    color: MAP_COLORS.preparesFor,
    width: 2,
    dash: [2, 4],
    head: [29, 5, 38, 10, 29, 15, 31, 10],
  },
  route: { color: MAP_COLORS.route, width: 4, dash: undefined, head: [28, 4, 38, 10, 28, 16] },
} as const;

function edgeSwatch(kind: keyof typeof EDGE_LOOK, dx: number, dy: number): Shape[] {
  const look = EDGE_LOOK[kind];
  const line: PathSegment[] = [
    { op: "M", to: { x: dx + 2, y: dy + 10 } },
    { op: "L", to: { x: dx + 30, y: dy + 10 } },
  ];
  const dashed = look.dash
    ? { dash: look.dash, lineCap: look.dash[0] === 2 ? ("round" as const) : ("butt" as const) }
    : {};
  return [
    { type: "path", segments: line, stroke: look.color, strokeWidth: look.width, ...dashed },
    { type: "polygon", points: pts(look.head, dx, dy), fill: look.color },
  ];
}

/** The shapes of one swatch with its top-left corner at (x, y). */
export function swatchShapes(kind: SwatchKind, x: number, y: number): Shape[] {
  const mark = PLAN_MARKS.find((m) => kind === `plan-${m}`);
  if (mark !== undefined) return planMarkSwatch(mark, x, y);
  if (kind in EDGE_LOOK) return edgeSwatch(kind as keyof typeof EDGE_LOOK, x, y);
  return nodeSwatch(kind as Exclude<SwatchKind, `plan-${PlanMark}`>, x, y);
}
