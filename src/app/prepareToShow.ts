import type { CareerGraph } from "../domain/careerGraph.ts";
import { isLargeGraph } from "../domain/mapScale.ts";
import { mapIdentity } from "../domain/plan/mapIdentity.ts";
import { mapElementsFor } from "../graph-view/mapElements.ts";
import { graphIndexFor } from "../store/graphIndexes.ts";
import { prepareRouteIndex } from "../store/routeEngine.ts";
import { nextTurn } from "../ui/nextTurn.ts";

/**
 * What showing a map computes from it once, each kept per graph object: the store's lookups, the map's
 * name for links and plans, the map's elements and the route index. Putting a 20,000-node map into the
 * store did all of them in the one task that also rendered the page, 220–260 ms; a big map gets them here
 * first, a task each, and then goes into the store in a task of its own (docs/decisions/0025, addendum).
 */
export async function prepareToShow(graph: CareerGraph): Promise<void> {
  if (isLargeGraph(graph)) {
    const steps = [
      () => graphIndexFor(graph),
      () => mapIdentity(graph),
      () => mapElementsFor(graph),
      () => prepareRouteIndex(graph),
    ];
    for (const step of steps) {
      await nextTurn();
      step();
    }
  }
  await nextTurn();
}
