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
  return useAppStore.subscribe((state, previous) => {
    const graph = state.index?.graph;
    if (!graph || state.mapLoads === previous.mapLoads || isMapFromLink(graph)) return;
    if (graph === bundled) {
      keepMap(storage, null);
      return;
    }
    const result = keepMap(storage, graph);
    if (result === "full") {
      state.showMapNotice(
        `This map is too large to keep in this browser, so it won’t reopen by itself after a reload. Open ${graph.title} again next time.`,
      );
    }
  });
}
