import type { Core } from "cytoscape";

/** The part of Cytoscape's canvas renderer this relies on (not in its types): the watch on its box's parent. */
interface WithRenderer {
  readonly renderer?: () => { readonly removeObserver?: unknown } | undefined;
}

/**
 * Moves a drawn map's box (its Cytoscape container) into another parent, keeping the map alive. Cytoscape's
 * renderer watches the box's parent and destroys itself when the box leaves it, a move included; the watch
 * is set on the new parent instead. False, with nothing moved, where the renderer has no such watch to
 * follow (a Cytoscape version that changed it): the caller then draws the map anew.
 */
export function moveMapBox(cy: Core, to: HTMLElement): boolean {
  const box = cy.container();
  const watch = (cy as unknown as WithRenderer).renderer?.()?.removeObserver;
  if (!box || !(watch instanceof MutationObserver)) return false;
  watch.disconnect();
  to.append(box);
  watch.observe(to, { childList: true });
  return true;
}
