import type { NodeSingular } from "cytoscape";
import type { PlanMark } from "../../domain/plan/plan.ts";
import { PLAN_MARK_LOOKS } from "../../ui/planMarkColors.ts";
import type { Shape } from "./shapes.ts";

type OutlineOf = (kind: string, x: number, y: number, w: number, h: number) => Shape;

const dashFor = (style: string) =>
  style === "dotted" ? [1.5, 2.5] : style === "dashed" ? [6, 3] : undefined;

/**
 * A node's outline ring (Cytoscape's `outline-*`, how plan marks are drawn) as shapes: it sits outside the
 * border at the outline offset; a double ring is two thin rings, as Canvas draws it.
 */
export function outlineShapes(
  node: NodeSingular,
  kind: string,
  x: number,
  y: number,
  w: number,
  h: number,
  outline: OutlineOf,
): Shape[] {
  const width = node.numericStyle("outline-width") as number;
  if (!(width > 0)) return [];
  const stroke = node.style("outline-color") as string;
  const style = String(node.style("outline-style"));
  const grow =
    (node.numericStyle("border-width") as number) / 2 + (node.numericStyle("outline-offset") as number);
  const ring = (distance: number, strokeWidth: number): Shape => {
    const d = 2 * distance;
    const dash = dashFor(style);
    return { ...outline(kind, x, y, w + d, h + d), stroke, strokeWidth, ...(dash ? { dash } : {}) };
  };
  if (style === "double") return [ring(grow + width / 6, width / 3), ring(grow + (5 * width) / 6, width / 3)];
  return [ring(grow + width / 2, width)];
}

/** A legend swatch for a plan mark: a position box with the mark's ring around it. */
export function planMarkSwatch(mark: PlanMark, dx: number, dy: number): Shape[] {
  const look = PLAN_MARK_LOOKS[mark];
  const dash = dashFor(look.ring);
  const box: Shape = {
    type: "rect",
    x: dx + 8,
    y: dy + 5,
    width: 24,
    height: 10,
    radius: 3,
    fill: "#e0ecff",
    stroke: "#1d4ed8",
    strokeWidth: 1.2,
  };
  const rings: Shape[] =
    look.ring === "double"
      ? [
          {
            type: "rect",
            x: dx + 4.5,
            y: dy + 1.5,
            width: 31,
            height: 17,
            radius: 5,
            stroke: look.color,
            strokeWidth: 1,
          },
          {
            type: "rect",
            x: dx + 2.5,
            y: dy - 0.5,
            width: 35,
            height: 21,
            radius: 6,
            stroke: look.color,
            strokeWidth: 1,
          },
        ]
      : [
          {
            type: "rect",
            x: dx + 4,
            y: dy + 1,
            width: 32,
            height: 18,
            radius: 5,
            stroke: look.color,
            strokeWidth: 2,
            ...(dash ? { dash } : {}),
          },
        ];
  return [...rings, box];
}
