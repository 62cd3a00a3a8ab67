import type { MeasureText } from "../../ui/look/shapes.ts";

/**
 * Breaks text into lines no wider than `maxWidth` the way Cytoscape wraps labels (renderer/base/
 * coord-ele-math/labels.mjs), so SVG labels break where the canvas breaks them: greedy at whitespace, a
 * candidate line is measured with the separator after the new word, a word longer than the line keeps a
 * line of its own, and explicit newlines are kept. Lines come back without their trailing spaces.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  weight: number,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (measure(paragraph, size, weight) <= maxWidth) {
      lines.push(paragraph);
      continue;
    }
    let line = "";
    for (const match of paragraph.matchAll(/(\S+)(\s*)/g)) {
      const [, word = "", separator = ""] = match;
      const candidate = line === "" ? word : line + word + separator;
      if (line === "" || measure(candidate, size, weight) <= maxWidth) {
        line += word + separator;
      } else {
        lines.push(line.trimEnd());
        line = word + separator;
      }
    }
    if (line.trim() !== "") lines.push(line.trimEnd());
  }
  return lines;
}
