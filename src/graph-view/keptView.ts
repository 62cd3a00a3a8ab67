import type { Core, NodeSingular, Position } from "cytoscape";

/** Instances whose view the person set, by panning or zooming: it is theirs, not the first view any more. */
const setByPerson = new WeakSet<Core>();

export function markViewSetByPerson(cy: Core): void {
  setByPerson.add(cy);
}

export function isViewSetByPerson(cy: Core): boolean {
  return setByPerson.has(cy);
}

/** Nodes to find the place again by: the node deleted may be the one nearest the middle. */
const ANCHORS = 8;

/** Where the person was looking: the nodes nearest the middle of the view, where each stood, and the zoom. */
export interface KeptView {
  readonly anchors: readonly { readonly id: string; readonly at: Position }[];
  readonly zoom: number;
}

/**
 * The view to keep when this map is drawn anew (every edit, undo and redo does): null unless the person
 * set it, as the first view of the new map then fits it better.
 */
export function keptViewOf(cy: Core): KeptView | null {
  if (cy.destroyed() || !setByPerson.has(cy)) return null;
  const { x1, x2, y1, y2 } = cy.extent();
  const middle = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  const nodes = cy.nodes("[careerId]").toArray() as NodeSingular[];
  const nearest = nodes
    .filter((node) => node.visible())
    .map((node) => {
      const { x, y } = node.position();
      return { node, distance: (x - middle.x) ** 2 + (y - middle.y) ** 2 };
    })
    .sort((a, b) => a.distance - b.distance)
    .slice(0, ANCHORS);
  if (nearest.length === 0) return null;
  const anchors = nearest.map(({ node }) => ({ id: node.id(), at: node.renderedPosition() }));
  return { anchors, zoom: cy.zoom() };
}

/**
 * Shows the kept view in a new instance: the same zoom, and the first anchor still on the map where it
 * stood on screen, even if the new layout moved it. False when none is on this map (another map was
 * opened); the view is then the new map's first.
 */
export function showKeptView(cy: Core, view: KeptView): boolean {
  for (const { id, at } of view.anchors) {
    const anchor = cy.getElementById(id);
    if (anchor.empty()) continue;
    const { x, y } = anchor.position();
    cy.viewport({ zoom: view.zoom, pan: { x: at.x - x * view.zoom, y: at.y - y * view.zoom } });
    setByPerson.add(cy);
    return true;
  }
  return false;
}
