import type { Core, SingularElementArgument } from "cytoscape";
import type { MeasureText, Shape } from "../../ui/look/shapes.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import type { ExportRequest } from "../../ui/mapExporter.ts";
import { type ExportLooks, inTheme } from "./exportLooks.ts";
import type { PlannedExport } from "./planExport.ts";
import { edgeShapes } from "./svgMapEdges.ts";
import { nodeShapes } from "./svgMapNodes.ts";
import { num, shapesGroup, svgElement, xmlSafe } from "./svgShapes.ts";

/** Elements per slice of work; between slices the page gets a turn, so a large map never freezes it. */
const SLICE = 200;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Drawing order as on canvas: by z-index, edges under nodes when equal, then in element order. */
function drawingOrder(cy: Core): SingularElementArgument[] {
  const ranked = cy.elements().map((ele, i) => ({ ele, i, z: Number(ele.numericStyle("z-index")) || 0 }));
  ranked.sort((a, b) => a.z - b.z || Number(a.ele.isNode()) - Number(b.ele.isNode()) || a.i - b.i);
  return ranked.map((entry) => entry.ele);
}

function elementShapes(ele: SingularElementArgument, planned: PlannedExport, measure: MeasureText): Shape[] {
  const { x1, y1, w, h } = planned.region;
  const bb = ele.boundingBox();
  if (bb.x2 < x1 || bb.y2 < y1 || bb.x1 > x1 + w || bb.y1 > y1 + h) return [];
  return ele.isNode() ? nodeShapes(ele, measure) : edgeShapes(ele as Parameters<typeof edgeShapes>[0]);
}

/**
 * The map's shapes in the theme asked for. In the theme on screen the work is sliced so a large map never
 * freezes the page; in the other theme it runs in one go, while the map wears that theme's stylesheet.
 */
async function mapShapes(
  cy: Core,
  planned: PlannedExport,
  measure: MeasureText,
  looks: ExportLooks,
  theme: VisualModel["theme"],
): Promise<Shape[]> {
  if (theme !== looks.current()) {
    return inTheme(cy, looks, theme, () =>
      drawingOrder(cy).flatMap((ele) => elementShapes(ele, planned, measure)),
    );
  }
  const shapes: Shape[] = [];
  const order = drawingOrder(cy);
  for (let i = 0; i < order.length; i++) {
    if (i > 0 && i % SLICE === 0) await nextTurn();
    const ele = order[i];
    if (!ele || cy.destroyed()) throw new Error("The map changed while the SVG was being made. Try again.");
    shapes.push(...elementShapes(ele, planned, measure));
  }
  return shapes;
}

/**
 * The map as a standalone SVG document built with DOM calls only (createElementNS, setAttribute,
 * textContent) and serialized once with XMLSerializer: every label is escaped text, and no markup from a
 * map file can become an element or attribute. Nothing is parsed, so Trusted Types have nothing to block.
 * The map is drawn in model coordinates, clipped to the region, between the title and legend strips.
 */
export async function renderSvg(
  cy: Core,
  request: ExportRequest,
  planned: PlannedExport,
  measure: MeasureText,
  model: VisualModel,
  looks: ExportLooks,
): Promise<Blob> {
  const { plan, region, decor } = planned;
  const root = svgElement("svg", {
    width: plan.width,
    height: plan.height,
    viewBox: `0 0 ${num(plan.width)} ${num(plan.height)}`,
  });
  root.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const title = svgElement("title");
  title.textContent = xmlSafe(request.caption?.title ?? "Career map");
  root.append(title);
  if (request.background === "filled")
    root.append(svgElement("rect", { width: "100%", height: "100%", fill: model.palette.map.background }));
  if (decor) root.append(shapesGroup(decor.header));
  const clip = svgElement("clipPath", { id: "map-area" });
  clip.append(svgElement("rect", { x: region.x1, y: region.y1, width: region.w, height: region.h }));
  const defs = svgElement("defs");
  defs.append(clip);
  root.append(defs);
  const zoom = plan.mapWidth / region.w;
  const map = shapesGroup(await mapShapes(cy, planned, measure, looks, model.theme));
  map.setAttribute("clip-path", "url(#map-area)");
  const placed = svgElement("g", {
    transform: `translate(0 ${num(plan.headerHeight)}) scale(${num(zoom)}) translate(${num(-region.x1)} ${num(-region.y1)})`,
  });
  placed.append(map);
  root.append(placed);
  if (decor) root.append(shapesGroup(decor.legend, 0, plan.headerHeight + plan.mapHeight));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return new Blob([text], { type: "image/svg+xml" });
}
