import { cssFont, type PathSegment, type Shape } from "../../ui/look/shapes.ts";

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function tracePath(path: Path2D | Context2D, segments: readonly PathSegment[]): void {
  for (const segment of segments) {
    if (segment.op === "M") path.moveTo(segment.to.x, segment.to.y);
    else if (segment.op === "L") path.lineTo(segment.to.x, segment.to.y);
    else if (segment.op === "Q")
      path.quadraticCurveTo(segment.control.x, segment.control.y, segment.to.x, segment.to.y);
    else path.closePath();
  }
}

function outline(shape: Shape): Path2D {
  const path = new Path2D();
  if (shape.type === "rect") path.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius ?? 0);
  else if (shape.type === "polygon") {
    for (const [i, point] of shape.points.entries()) {
      if (i === 0) path.moveTo(point.x, point.y);
      else path.lineTo(point.x, point.y);
    }
    path.closePath();
  } else if (shape.type === "path") tracePath(path, shape.segments);
  return path;
}

/** Draws shapes onto a 2D context in order; the caller sets the transform (position and scale). */
export function drawShapes(context: Context2D, shapes: readonly Shape[]): void {
  for (const shape of shapes) {
    context.save();
    context.globalAlpha = shape.opacity ?? 1;
    if (shape.type === "text") {
      // Text without a fill is invisible in SVG too: it is drawn nowhere.
      if (shape.fill) {
        context.font = cssFont(shape.size, shape.weight);
        context.textAlign = shape.anchor === "middle" ? "center" : "left";
        context.textBaseline = "alphabetic";
        context.fillStyle = shape.fill;
        context.fillText(shape.text, shape.x, shape.y);
      }
      context.restore();
      continue;
    }
    const path = outline(shape);
    if (shape.fill) {
      context.fillStyle = shape.fill;
      context.fill(path);
    }
    if (shape.stroke) {
      context.strokeStyle = shape.stroke;
      context.lineWidth = shape.strokeWidth ?? 1;
      context.lineCap = shape.lineCap ?? "butt";
      context.setLineDash(shape.dash ? [...shape.dash] : []);
      context.stroke(path);
    }
    context.restore();
  }
}
