/**
 * Cytoscape element ids are the career map ids with a prefix, so nodes and edges never share an id and
 * no code keying elements by id in plain objects (react-cytoscapejs did until
 * docs/decisions/0014-large-maps.md) can lose a node called `constructor` or `__proto__`
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
