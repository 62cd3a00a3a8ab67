import type { Core } from "cytoscape";

/** Style work done in one task before the page gets the thread back. */
const SLICE_MS = 40;
/** Items changed by one call of `apply`; few enough that a slice ends near SLICE_MS. */
const STEP = 150;

/** The part of Cytoscape's canvas renderer used here: compute the queued elements' styles now. */
interface CalculatingRenderer {
  flushRenderedStyleQueue?: () => void;
}

/**
 * Applies a change to many elements a slice per task: each slice's styles are computed in its own task,
 * and Cytoscape draws nothing in between (a batch stays open from one slice to the next; its render loop
 * skips frames while one is), so the map shows the whole change in one frame and no task holds the page
 * for long (docs/decisions/0014-large-maps.md). `apply(from, to)` changes items `from` to `to - 1` of
 * `count`. Returns the cancel, which keeps what was applied so far and lets Cytoscape draw again.
 */
export function changeInSlices(
  cy: Core,
  count: number,
  apply: (from: number, to: number) => void,
  onDone: () => void,
): () => void {
  const renderer = (cy as unknown as { renderer(): CalculatingRenderer | null }).renderer();
  let next = 0;
  let holding = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const release = () => {
    if (holding && !cy.destroyed()) cy.endBatch();
    holding = false;
  };
  const step = () => {
    if (cy.destroyed()) return;
    release();
    const start = performance.now();
    do {
      apply(next, Math.min(next + STEP, count));
      renderer?.flushRenderedStyleQueue?.();
      next += STEP;
    } while (next < count && performance.now() - start < SLICE_MS);
    if (next >= count) {
      onDone();
      return;
    }
    cy.startBatch();
    holding = true;
    timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, 0);
  return () => {
    clearTimeout(timer);
    release();
  };
}
