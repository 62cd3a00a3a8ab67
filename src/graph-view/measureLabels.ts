import type { CareerGraph, CareerNode } from "../domain/careerGraph.ts";
import type { Size } from "../domain/layout/types.ts";

export const NODE_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif';
export const NODE_FONT_SIZE = 13;
export const NODE_FONT_WEIGHT = 600;

const PADDING_X = 24;
const PADDING_Y = 16;
const LINE_HEIGHT = 16;
const MAX_TEXT_WIDTH = 150;
const MIN_WIDTH = { position: 96, credential: 72 } as const;
const MIN_HEIGHT = { position: 42, credential: 40 } as const;
/** Cytoscape wraps at `text-max-width`; the slack keeps its wrapping identical to the one measured here. */
export const WRAP_SLACK = 4;

/** Greedy word wrap with the real font, so boxes fit their labels whatever fonts this machine has. */
function wrappedWidth(label: string, measure: (text: string) => number): { width: number; lines: number } {
  let lines = 1;
  let line = "";
  let widest = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > MAX_TEXT_WIDTH) {
      widest = Math.max(widest, measure(line));
      line = word;
      lines += 1;
    } else line = candidate;
  }
  return { width: Math.max(widest, measure(line)), lines };
}

function sizeOf(node: CareerNode, measure: (text: string) => number): Size {
  const { width, lines } = wrappedWidth(node.label, measure);
  return {
    width: Math.max(MIN_WIDTH[node.kind], Math.ceil(width) + PADDING_X + WRAP_SLACK),
    height: Math.max(MIN_HEIGHT[node.kind], lines * LINE_HEIGHT + PADDING_Y),
  };
}

/** What measuring needs of a 2D context: a page canvas's or, in a worker, an OffscreenCanvas's. */
export type TextMeasureContext = Pick<CanvasRenderingContext2D, "font" | "measureText">;

function pageCanvasContext(): TextMeasureContext | null {
  if (typeof document === "undefined") return null;
  try {
    return document.createElement("canvas").getContext("2d");
  } catch {
    return null;
  }
}

/**
 * Node box sizes measured with the label font on a 2D canvas (the page's, unless a context is given).
 * Returns undefined where there is no canvas (jsdom), and the layout then estimates sizes from label length.
 */
export function measureNodeSizes(
  graph: CareerGraph,
  context: TextMeasureContext | null = pageCanvasContext(),
): Map<string, Size> | undefined {
  if (!context) return undefined;
  const ctx = context;
  const measure = (text: string) => ctx.measureText(text).width;
  const sizes = new Map<string, Size>();
  for (const node of graph.nodes) {
    ctx.font = `${node.kind === "credential" ? 700 : NODE_FONT_WEIGHT} ${NODE_FONT_SIZE}px ${NODE_FONT_FAMILY}`;
    sizes.set(node.id, sizeOf(node, measure));
  }
  return sizes;
}
