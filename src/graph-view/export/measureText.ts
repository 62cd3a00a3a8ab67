import { cssFont, type MeasureText } from "../../ui/look/shapes.ts";

/**
 * Measures text with a 2D canvas context in the export font: the same measure Cytoscape uses for wrapping
 * labels, so SVG labels break where the canvas breaks them. One context serves every call.
 */
export function createTextMeasure(): MeasureText {
  const context =
    typeof OffscreenCanvas === "function"
      ? new OffscreenCanvas(1, 1).getContext("2d")
      : document.createElement("canvas").getContext("2d");
  // Without a 2D context (never in a real browser), an average glyph width keeps layouts sensible.
  if (!context) return (text, size) => text.length * size * 0.55;
  return (text, size, weight) => {
    context.font = cssFont(size, weight);
    return context.measureText(text).width;
  };
}
