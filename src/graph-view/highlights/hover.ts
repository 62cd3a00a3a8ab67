import type { Core } from "cytoscape";
import { watchStore } from "../watchStore.ts";
import { nodeOf } from "./elements.ts";

/** The hovered node's ring: a hover restyles the node left and the node entered, nothing else. */
export function followHover(cy: Core): () => void {
  return watchStore(
    (state) => ({ id: state.hoveredId }),
    (next, previous) =>
      cy.batch(() => {
        nodeOf(cy, previous?.id ?? null).removeClass("hovered");
        nodeOf(cy, next.id).addClass("hovered");
      }),
  );
}
