import type { EdgeSingular, NodeSingular } from "cytoscape";
import type { Shape } from "../../ui/look/shapes.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import { edgeShapes } from "../export/svgMapEdges.ts";
import { nodeOutline } from "../export/svgMapNodes.ts";
import type { HighlightedElements } from "./highlightedElements.ts";

/** A marked path's width, as `edge.neighbour-edge` draws it on smaller maps. */
const PATH_WIDTH = 3.5;
const RING_WIDTH = 3;
/** The soft halo around a highlighted node: its width and opacity, as the underlays of smaller maps. */
const HALO = { hovered: { width: 6, opacity: 0.12 }, selected: { width: 8, opacity: 0.18 } } as const;

/** A path drawn wider, keeping its colour and dashes (the hovered node's neighbourhood). */
function widerPath(edge: EdgeSingular): Shape[] {
  return edgeShapes(edge).map((shape) => (shape.stroke ? { ...shape, strokeWidth: PATH_WIDTH } : shape));
}

/** A path drawn solid in one colour (the selection's paths). */
function colouredPath(edge: EdgeSingular, colour: string): Shape[] {
  return edgeShapes(edge).map(({ dash: _dash, ...shape }) =>
    shape.stroke ? { ...shape, stroke: colour, strokeWidth: PATH_WIDTH } : { ...shape, fill: colour },
  );
}

/**
 * Rings outside a node's border, so that its own border, which tells kinds and issuers apart, and its label
 * stay as drawn underneath: a soft halo, then a solid ring.
 */
function rings(
  node: NodeSingular,
  colour: string,
  halo: { width: number; opacity: number },
  haloColour: string,
) {
  const { x, y } = node.position();
  const kind = String(node.style("shape"));
  const grow = (node.numericStyle("border-width") as number) + RING_WIDTH;
  const around = (extra: number) =>
    nodeOutline(kind, x, y, node.width() + extra, node.height() + extra, undefined);
  return [
    {
      ...around(grow + RING_WIDTH + halo.width),
      stroke: haloColour,
      strokeWidth: halo.width,
      opacity: halo.opacity,
    },
    { ...around(grow), stroke: colour, strokeWidth: RING_WIDTH },
  ] satisfies Shape[];
}

/** The overlay's picture in model coordinates: paths first, then the rings over their ends. */
export function highlightShapes(elements: HighlightedElements, model: VisualModel): Shape[] {
  const shapes: Shape[] = [];
  elements.hoverPaths.forEach((edge) => {
    shapes.push(...widerPath(edge));
  });
  elements.selectionPaths.forEach((edge) => {
    shapes.push(...colouredPath(edge, model.selected));
  });
  if (elements.hovered) {
    const border = String(elements.hovered.style("border-color"));
    shapes.push(...rings(elements.hovered, border, HALO.hovered, model.palette.ui.ink));
  }
  if (elements.selected)
    shapes.push(...rings(elements.selected, model.selected, HALO.selected, model.selected));
  return shapes;
}
