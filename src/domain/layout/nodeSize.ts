import type { CareerNode } from "../careerGraph.ts";
import type { NodeSizeSource, Size } from "./types.ts";

/**
 * The label metrics the size estimate assumes: 13px semi-bold sans-serif, wrapped at the box width less
 * `paddingX`. The view should style nodes to match, or pass its own measured sizes.
 */
export const NODE_LABEL_METRICS = {
  charWidth: 7.5,
  lineHeight: 15,
  paddingX: 28,
  paddingY: 14,
  minWidth: 90,
  maxWidth: 220,
  positionHeight: 44,
  credentialHeight: 40,
} as const;

/** Word wrapping breaks lines early; this much slack keeps a wrapped label from overflowing its box. */
const WRAP_SLACK = 1.15;

/** A box big enough for the node's label: one line up to the maximum width, then wrapped lines. */
export function estimateNodeSize(node: CareerNode): Size {
  const m = NODE_LABEL_METRICS;
  const textWidth = node.label.length * m.charWidth;
  const width = Math.min(m.maxWidth, Math.max(m.minWidth, textWidth + m.paddingX));
  const room = width - m.paddingX;
  const lines = textWidth <= room ? 1 : Math.ceil((textWidth * WRAP_SLACK) / room);
  const base = node.kind === "position" ? m.positionHeight : m.credentialHeight;
  return { width, height: Math.max(base, lines * m.lineHeight + m.paddingY) };
}

const usable = (value: number): boolean => Number.isFinite(value) && value > 0;

/** Resolves the caller's sizes, falling back to the estimate for anything missing or unusable. */
export function resolveNodeSize(node: CareerNode, source: NodeSizeSource | undefined): Size {
  const given =
    source === undefined ? undefined : typeof source === "function" ? source(node) : source.get(node.id);
  if (given !== undefined && usable(given.width) && usable(given.height)) {
    return { width: given.width, height: given.height };
  }
  return estimateNodeSize(node);
}
