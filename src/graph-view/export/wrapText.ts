import type { MeasureText } from "./shapes.ts";

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces, the way Cytoscape wraps labels (greedy, a
 * word longer than the line keeps a line of its own, explicit newlines kept). Used for node labels in SVG
 * and for the title strip, so exported text wraps where the screen wraps it.
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
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (line !== "" && measure(candidate, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line !== "") lines.push(line);
  }
  return lines;
}
