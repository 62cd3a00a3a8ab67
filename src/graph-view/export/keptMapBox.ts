import type { Core } from "cytoscape";
import { nextTurn } from "../../ui/nextTurn.ts";
import { boundingBoxInSlices } from "./exportRegion.ts";

type BoundingBox = Awaited<ReturnType<typeof boundingBoxInSlices>>;

/** Element events after which an element's box may differ. */
const CHANGES = "add remove position style";
/** How long the map stays unchanged before its box is measured again: a filter change restyles in slices. */
const QUIET_MS = 300;

/**
 * The whole map's bounding box, measured in slices while nobody waits (once the map is drawn, and again
 * once it has been left alone after anything that may move or resize an element), so the Export menu need
 * not measure 20,000 elements in the click's task. Null while unknown or out of date.
 */
export function keepMapBox(cy: Core): () => BoundingBox | null {
  let box: BoundingBox | null = null;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const measure = async () => {
    const seen = generation;
    const measured = await boundingBoxInSlices(cy, nextTurn);
    // A change while measuring leaves the box unknown; the change has asked for another measurement.
    if (seen === generation && !cy.destroyed()) box = measured;
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!cy.destroyed()) void measure();
    }, QUIET_MS);
  };
  cy.on(CHANGES, () => {
    generation++;
    box = null;
    later();
  });
  later();
  return () => box;
}
