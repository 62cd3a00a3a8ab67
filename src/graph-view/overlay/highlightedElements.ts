import type { Core, EdgeCollection, NodeSingular } from "cytoscape";
import { nodeOf } from "../highlights/elements.ts";

/** What the person points at and has picked: the store's side of the highlight overlay. */
export interface Highlight {
  readonly hoveredId: string | null;
  readonly selectedId: string | null;
  /** The selection's paths are marked unless a route is drawn (the route wins, as on smaller maps). */
  readonly withPaths: boolean;
}

/** The elements the overlay draws: each highlighted node with the paths shown around it. */
export interface HighlightedElements {
  readonly hovered: NodeSingular | null;
  readonly hoverPaths: EdgeCollection;
  readonly selected: NodeSingular | null;
  readonly selectionPaths: EdgeCollection;
}

const shownNode = (cy: Core, id: string | null): NodeSingular | null => {
  const node = nodeOf(cy, id);
  return node.nonempty() && node.visible() ? (node[0] as NodeSingular) : null;
};

/**
 * The hovered node and its paths (its neighbourhood), and the selected node with its paths; paths hidden
 * by the filters stay out. Hovering the selected node adds nothing: the selection already shows it.
 */
export function highlightedElements(cy: Core, highlight: Highlight): HighlightedElements {
  const selected = shownNode(cy, highlight.selectedId);
  const pointed = shownNode(cy, highlight.hoveredId);
  const hovered = pointed && pointed !== selected ? pointed : null;
  const paths = (node: NodeSingular | null) =>
    node ? node.connectedEdges().filter((edge) => edge.visible()) : cy.collection().edges();
  return {
    hovered,
    hoverPaths: paths(hovered),
    selected,
    selectionPaths: highlight.withPaths ? paths(selected) : cy.collection().edges(),
  };
}
