import type { CollectionReturnValue, Core, NodeSingular, SingularElementArgument } from "cytoscape";
import type { Route } from "../../domain/route/types.ts";
import { isNodeVisible, type VisibilityFilters } from "../../domain/visibility.ts";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { afterNextPaint } from "../afterNextPaint.ts";
import { changeInSlices } from "../changeInSlices.ts";
import { careerNodeId } from "../elementIds.ts";
import type { NodeElementData } from "../toElements.ts";
import { watchStore } from "../watchStore.ts";
import { nodeOf, routeElements } from "./elements.ts";

interface FilterInputs {
  readonly filters: VisibilityFilters;
  readonly selectedId: string | null;
  readonly route: Route | null;
}

/**
 * Past this many nodes to show or hide, restyling them takes long (half a second for 3,500 on a 5,000-node
 * map), so the change waits until the page has painted the control that asked for it, and is then made in
 * slices of a few tens of milliseconds: the checkbox answers at once, the map after, in one frame.
 */
export const DEFERRED_FILTER_NODES = 400;

const noneHidden = (filters: VisibilityFilters) =>
  filters.hiddenKinds.size + filters.hiddenLevels.size + filters.hiddenIssuers.size === 0;

/** Elements sorted by `side`: true first, false second, null in neither. */
function split<Element extends SingularElementArgument>(
  cy: Core,
  elements: { forEach(each: (element: Element) => void): unknown },
  side: (element: Element) => boolean | null,
): [CollectionReturnValue, CollectionReturnValue] {
  const sides: [CollectionReturnValue, CollectionReturnValue] = [cy.collection(), cy.collection()];
  elements.forEach((element) => {
    const which = side(element);
    // `merge` adds in place; `union` would copy the growing collection each time.
    if (which !== null) sides[which ? 0 : 1].merge(element);
  });
  return sides;
}

/**
 * Hides the nodes the filters leave out, and every path with a hidden end; the selected node and the drawn
 * route stay shown. Hidden elements keep their place (`visibility`, not `display`): Cytoscape then keeps
 * each path's computed shape, where showing nodes again after `display: none` recomputed every one of
 * their paths, the larger part of a second for 3,500 nodes on a 5,000-node map (decision 0014, addendum).
 * A change of filters looks at every node; a change of selection or route only at the nodes it concerns,
 * and with no filters set at nothing. A change of more than DEFERRED_FILTER_NODES waits for the next
 * paint, and then applies the filters, selection and route as they are by then, in slices.
 */
export function followFilters(cy: Core): () => void {
  const careerNodes = () => cy.nodes().filter((node) => careerNodeId(node.id()) !== null);
  let current: FilterInputs | null = null;
  let cancelDeferred: (() => void) | null = null;

  /** These nodes as the current inputs want them: the ones to toggle. */
  const wrongAmong = (candidates: CollectionReturnValue) => {
    const now = current;
    if (!now) return cy.collection();
    const kept = nodeOf(cy, now.selectedId).union(routeElements(cy, now.route).nodes());
    // Gathered by one filter: a union per node copies the growing set each time.
    return candidates.filter(
      (node: NodeSingular) =>
        node.hasClass("filtered-out") ===
        (kept.has(node) || isNodeVisible(node.data() as NodeElementData, now.filters)),
    );
  };
  /**
   * Toggles these nodes and sets their paths to match. One class change per collection, not a call per
   * element (each is an event Cytoscape sends round), and only on elements that change.
   */
  const toggle = (nodes: CollectionReturnValue) => {
    const [hiding, showing] = split(cy, nodes, (node) => !node.hasClass("filtered-out"));
    cy.batch(() => {
      hiding.addClass("filtered-out");
      showing.removeClass("filtered-out");
      // By id: asking each path for its ends made a collection per end, 100 ms on 15,000 paths.
      const hiddenIds = new Set(cy.nodes(".filtered-out").map((node) => node.id()));
      const [hidePaths, showPaths] = split(cy, nodes.connectedEdges(), (path) => {
        const hidden = hiddenIds.has(path.data("source")) || hiddenIds.has(path.data("target"));
        return hidden === path.hasClass("filtered-out") ? null : hidden;
      });
      hidePaths.addClass("filtered-out");
      showPaths.removeClass("filtered-out");
    });
  };

  /** After the next paint, in slices: the whole map as the inputs are by then. */
  const deferWholeMap = () => {
    let cancelSlices: (() => void) | null = null;
    const cancelPaint = afterNextPaint(() => {
      if (cy.destroyed()) return;
      const nodes = wrongAmong(careerNodes());
      cancelSlices = changeInSlices(
        cy,
        nodes.length,
        (from, to) => toggle(nodes.slice(from, to)),
        () => {
          cancelDeferred = null;
        },
      );
    });
    return () => {
      cancelPaint();
      cancelSlices?.();
    };
  };

  const stopWatching = watchStore(
    (state): FilterInputs => ({
      filters: state.filters,
      selectedId: state.selectedId,
      route: selectDrawnRoute(state),
    }),
    (next, previous) => {
      current = next;
      if (cancelDeferred) {
        // A change is waiting or under way: it starts again from the classes as they are now.
        cancelDeferred();
        cancelDeferred = deferWholeMap();
        return;
      }
      if (previous && noneHidden(next.filters) && noneHidden(previous.filters)) return;
      const candidates =
        previous === null || previous.filters !== next.filters
          ? careerNodes()
          : nodeOf(cy, next.selectedId)
              .union(routeElements(cy, next.route).nodes())
              .union(nodeOf(cy, previous.selectedId))
              .union(routeElements(cy, previous.route).nodes());
      const changed = wrongAmong(candidates);
      // A new instance is drawn with the filters as they are, at once.
      if (previous === null || changed.length <= DEFERRED_FILTER_NODES) toggle(changed);
      else cancelDeferred = deferWholeMap();
    },
  );
  return () => {
    stopWatching();
    cancelDeferred?.();
  };
}
