import type { NodeSingular } from "cytoscape";
import type { Shape } from "../../ui/look/shapes.ts";
import { ringDash } from "../../ui/look/swatches.ts";
import type { MarkLook } from "../../ui/look/visualModel.ts";

type OutlineOf = (kind: string, x: number, y: number, w: number, h: number) => Shape;

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
  const style = String(node.style("outline-style")) as MarkLook["ring"];
  const grow =
    (node.numericStyle("border-width") as number) / 2 + (node.numericStyle("outline-offset") as number);
  const ring = (distance: number, strokeWidth: number): Shape => {
    const d = 2 * distance;
    const dash = ringDash(style);
    return { ...outline(kind, x, y, w + d, h + d), stroke, strokeWidth, ...(dash ? { dash } : {}) };
  };
  if (style === "double") return [ring(grow + width / 6, width / 3), ring(grow + (5 * width) / 6, width / 3)];
  return [ring(grow + width / 2, width)];
}
