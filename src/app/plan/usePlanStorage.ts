import { useLayoutEffect, useMemo } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { connectLinks } from "../links/connectLinks.ts";
import { openBrowserStorage } from "../storage/browserStorage.ts";
import { loadStoredReaders } from "../storage/storedReaders.ts";
import { connectKeptMap } from "./connectKeptMap.ts";
import { connectPlanStorage } from "./connectPlanStorage.ts";
import { startingMap, startNeedsReaders } from "./startingMap.ts";

/**
 * Connects links, the plan and the person's own map to the browser for the life of the page, then loads
 * the first map: the one kept from last time, else the bundled one. Connected before that first load, so
 * a kept route reaches the address before the route finder reads it. When something is stored, all of
 * that waits for the readers that check it (storedReaders.ts); a first visit starts at once.
 */
export function usePlanStorage(bundled: CareerGraph | null): void {
  const storage = useMemo(openBrowserStorage, []);
  // Before the first paint, so that the map is laid out and drawn in the first frame, not two frames on.
  useLayoutEffect(() => {
    let disconnect: (() => void) | null = null;
    let live = true;
    const start = () => {
      if (!live) return;
      // Links first: a link for another map has its question held back before the plan may offer its route.
      const disconnectLinks = connectLinks(bundled);
      const disconnectPlan = connectPlanStorage(storage, bundled);
      const disconnectMap = connectKeptMap(storage, bundled);
      disconnect = () => {
        disconnectLinks();
        disconnectPlan();
        disconnectMap();
      };
      const first = startingMap(storage, bundled);
      if (first) useAppStore.getState().loadGraph(first);
    };
    // Readers that failed to load leave stored plans and maps as they are (planStorage.ts, keptMap.ts).
    if (startNeedsReaders(storage, bundled)) loadStoredReaders().then(start, start);
    else start();
    return () => {
      live = false;
      disconnect?.();
    };
  }, [storage, bundled]);
}
