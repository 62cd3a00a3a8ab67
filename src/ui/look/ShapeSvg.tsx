import type { PathSegment, Shape } from "./shapes.ts";

function pathData(segments: readonly PathSegment[]): string {
  return segments
    .map((s) => {
      if (s.op === "Z") return "Z";
      if (s.op === "Q") return `Q${s.control.x},${s.control.y} ${s.to.x},${s.to.y}`;
      return `${s.op}${s.to.x},${s.to.y}`;
    })
    .join(" ");
}

function ShapeElement({ shape }: { readonly shape: Shape }) {
  const paint = {
    fill: shape.fill ?? "none",
    stroke: shape.stroke,
    strokeWidth: shape.stroke ? (shape.strokeWidth ?? 1) : undefined,
    strokeDasharray: shape.dash?.join(" "),
    strokeLinecap: shape.lineCap,
    opacity: shape.opacity,
  };
  if (shape.type === "rect")
    return (
      <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={shape.radius} {...paint} />
    );
  if (shape.type === "polygon")
    return <polygon points={shape.points.map((p) => `${p.x},${p.y}`).join(" ")} {...paint} />;
  if (shape.type === "path") return <path d={pathData(shape.segments)} {...paint} />;
  return null;
}

/** Shapes from the visual model as a small decorative SVG (legend swatches, glyphs in lists). */
export function ShapeSvg({
  shapes,
  width,
  height,
  viewBox,
  className,
}: {
  readonly shapes: readonly Shape[];
  readonly width: number;
  readonly height: number;
  readonly viewBox: string;
  readonly className: string;
}) {
  return (
    <svg
      className={className}
      viewBox={viewBox}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {shapes.map((shape, i) => (
        // Shapes of a swatch never reorder; their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of marks
        <ShapeElement key={i} shape={shape} />
      ))}
    </svg>
  );
}
