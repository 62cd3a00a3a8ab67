import type { Core, SingularElementArgument } from "cytoscape";
import type { MeasureText, Shape } from "../../ui/look/shapes.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import type { ExportRequest } from "../../ui/mapExporter.ts";
import { nextTurn } from "../../ui/nextTurn.ts";
import { exportedHighlight } from "./exportedHighlight.ts";
import { type ExportLooks, inTheme, inThemeWhile } from "./exportLooks.ts";
import { drawnInSlices } from "./imageWeight.ts";
import type { PlannedExport } from "./planExport.ts";
import { edgeShapes } from "./svgMapEdges.ts";
import { nodeShapes } from "./svgMapNodes.ts";
import { num, shapesGroup, shapeToSvg, svgElement, xmlSafe } from "./svgShapes.ts";

/** One task's share of the work; between slices the page gets a turn, so a large map never freezes it. */
const TASK_MS = 12;

/** Runs `step` over `items`, giving the page a turn whenever a task has run for TASK_MS. */
async function inSlices<T>(items: readonly T[], step: (item: T) => void, check: () => void): Promise<void> {
  let started = performance.now();
  for (const item of items) {
    step(item);
    if (performance.now() - started > TASK_MS) {
      await nextTurn();
      check();
      started = performance.now();
    }
  }
}

type Ranked = { readonly ele: SingularElementArgument; readonly i: number; readonly z: number };
const rank = (ele: SingularElementArgument, i: number): Ranked => ({
  ele,
  i,
  z: Number(ele.numericStyle("z-index")) || 0,
});

/** Drawing order as on canvas: by z-index, edges under nodes when equal, then in element order. */
function inDrawingOrder(ranked: Ranked[]): SingularElementArgument[] {
  ranked.sort((a, b) => a.z - b.z || Number(a.ele.isNode()) - Number(b.ele.isNode()) || a.i - b.i);
  return ranked.map((entry) => entry.ele);
}

const drawingOrderNow = (cy: Core) => inDrawingOrder(cy.elements().toArray().map(rank));

async function drawingOrder(cy: Core, check: () => void): Promise<SingularElementArgument[]> {
  const ranked: Ranked[] = [];
  await inSlices(cy.elements().toArray(), (ele) => ranked.push(rank(ele, ranked.length)), check);
  return inDrawingOrder(ranked);
}

function elementShapes(ele: SingularElementArgument, planned: PlannedExport, measure: MeasureText): Shape[] {
  const { x1, y1, w, h } = planned.region;
  const bb = ele.boundingBox();
  if (bb.x2 < x1 || bb.y2 < y1 || bb.x1 > x1 + w || bb.y1 > y1 + h) return [];
  return ele.isNode() ? nodeShapes(ele, measure) : edgeShapes(ele as Parameters<typeof edgeShapes>[0]);
}

/**
 * The map's shapes in the theme asked for, as SVG elements in one group, worked out in slices. In the other
 * theme the map wears that theme's stylesheet meanwhile: a small map in one task, as the screen never shows
 * it; a large one across the slices, with the map hidden (inThemeWhile).
 */
async function mapGroup(
  cy: Core,
  planned: PlannedExport,
  measure: MeasureText,
  looks: ExportLooks,
  model: VisualModel,
): Promise<SVGElement> {
  const check = () => {
    if (cy.destroyed()) throw new Error("The map changed while the SVG was being made. Try again.");
  };
  const shapes: Shape[] = [];
  const collect = (ele: SingularElementArgument) => shapes.push(...elementShapes(ele, planned, measure));
  if (model.theme !== looks.current() && !drawnInSlices(0, cy.elements().length)) {
    inTheme(cy, looks, model.theme, () => {
      for (const ele of drawingOrderNow(cy)) collect(ele);
      shapes.push(...exportedHighlight(cy, model));
    });
  } else {
    await inThemeWhile(cy, looks, model.theme, async () => {
      await inSlices(await drawingOrder(cy, check), collect, check);
      shapes.push(...exportedHighlight(cy, model));
    });
  }
  const group = svgElement("g");
  await inSlices(shapes, (shape) => group.append(shapeToSvg(shape)), check);
  return group;
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
  const map = await mapGroup(cy, planned, measure, looks, model);
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
