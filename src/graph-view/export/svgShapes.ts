import { EXPORT_FONT, type Paint, type PathSegment, type Point, type Shape } from "../../ui/look/shapes.ts";

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Two decimals are far below a printed dot and keep files small. */
export const num = (value: number): string => String(Math.round(value * 100) / 100);

const pointList = (points: readonly Point[]) => points.map((p) => `${num(p.x)},${num(p.y)}`).join(" ");

/** Path data from numbers only: no text from the map file can reach an attribute this way. */
export function pathData(segments: readonly PathSegment[]): string {
  return segments
    .map((s) => {
      if (s.op === "Z") return "Z";
      if (s.op === "Q") return `Q${num(s.control.x)},${num(s.control.y)} ${num(s.to.x)},${num(s.to.y)}`;
      return `${s.op}${num(s.to.x)},${num(s.to.y)}`;
    })
    .join(" ");
}

/**
 * Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE and U+FFFF) become U+FFFD:
 * XMLSerializer writes them raw, and one such character makes the whole file unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, "\uFFFD");

/** Creates an SVG element with attributes; values are set through the DOM, which escapes them on output. */
export function svgElement(name: string, attributes: Record<string, string | number> = {}): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, typeof value === "number" ? num(value) : value);
  }
  return element;
}

function paint(element: SVGElement, shape: Paint): void {
  element.setAttribute("fill", shape.fill ?? "none");
  if (shape.stroke) {
    element.setAttribute("stroke", shape.stroke);
    element.setAttribute("stroke-width", num(shape.strokeWidth ?? 1));
    if (shape.dash && shape.dash.length > 0)
      element.setAttribute("stroke-dasharray", shape.dash.map(num).join(" "));
    if (shape.lineCap === "round") element.setAttribute("stroke-linecap", "round");
  }
  if (shape.opacity !== undefined && shape.opacity < 1) element.setAttribute("opacity", num(shape.opacity));
}

/** One shape as an SVG element. Text goes in as a text node, so markup in a label stays literal text. */
export function shapeToSvg(shape: Shape): SVGElement {
  if (shape.type === "text") {
    const text = svgElement("text", {
      x: shape.x,
      y: shape.y,
      "font-family": EXPORT_FONT,
      "font-size": shape.size,
      "font-weight": String(shape.weight),
      "text-anchor": shape.anchor,
    });
    paint(text, shape);
    text.textContent = xmlSafe(shape.text);
    return text;
  }
  let element: SVGElement;
  if (shape.type === "rect") {
    element = svgElement("rect", { x: shape.x, y: shape.y, width: shape.width, height: shape.height });
    if (shape.radius) element.setAttribute("rx", num(shape.radius));
  } else if (shape.type === "polygon") {
    element = svgElement("polygon", { points: pointList(shape.points) });
  } else {
    element = svgElement("path", { d: pathData(shape.segments) });
  }
  paint(element, shape);
  return element;
}

/** A group holding the shapes, moved to (x, y). */
export function shapesGroup(shapes: readonly Shape[], x = 0, y = 0): SVGElement {
  const group = svgElement("g");
  if (x !== 0 || y !== 0) group.setAttribute("transform", `translate(${num(x)} ${num(y)})`);
  for (const shape of shapes) group.append(shapeToSvg(shape));
  return group;
}
