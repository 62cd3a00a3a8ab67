/**
 * Cytoscape element ids are the career map ids with a prefix. react-cytoscapejs keeps elements in plain
 * objects keyed by id, so an unprefixed node called `constructor` or `__proto__` would be silently lost
 * (docs/decisions/0002-prefixed-element-ids.md).
 */
const NODE = "n:";
const EDGE = "e:";
const BAND = "band:";

export const nodeElementId = (id: string): string => `${NODE}${id}`;
export const edgeElementId = (id: string): string => `${EDGE}${id}`;
export const bandElementId = (levelId: string): string => `${BAND}${levelId}`;

/** The career map id of a node element, or null for anything else (edges, level bands). */
export function careerNodeId(elementId: string): string | null {
  return elementId.startsWith(NODE) ? elementId.slice(NODE.length) : null;
}
