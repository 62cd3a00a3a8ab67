import type { CareerGraph } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { isMapFromLink } from "../links/linkedMaps.ts";
import type { KeyValueStore } from "../storage/browserStorage.ts";
import { keepMap } from "../storage/keptMap.ts";

/**
 * Keeps the last map loaded from a file (Open map…, or dropped) so a reload reopens it, and forgets it
 * when the person goes back to the bundled map. Hooks in where every validated map arrives: the store's
 * graph. Returns the function that disconnects it.
 */
export function connectKeptMap(storage: KeyValueStore | null, bundled: CareerGraph | null): () => void {
  const keep = (graph: CareerGraph) => {
    // A map opened meanwhile is kept by its own turn.
    if (useAppStore.getState().index?.graph !== graph) return;
    if (graph === bundled) {
      keepMap(storage, null);
      return;
    }
    if (keepMap(storage, graph) === "full") {
      useAppStore
        .getState()
        .showMapNotice(
          `This map is too large to keep in this browser, so it won’t reopen by itself after a reload. Open ${graph.title} again next time.`,
        );
    }
  };
  return useAppStore.subscribe((state, previous) => {
    const graph = state.index?.graph;
    if (!graph || state.mapLoads === previous.mapLoads || isMapFromLink(graph)) return;
    // In a task of its own: writing a 5,000-node map takes tens of ms, and the map is being drawn.
    setTimeout(() => keep(graph), 0);
  });
}
