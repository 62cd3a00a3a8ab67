import { useEffect, useMemo } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { connectLinks } from "../links/connectLinks.ts";
import { openBrowserStorage } from "../storage/browserStorage.ts";
import { connectKeptMap } from "./connectKeptMap.ts";
import { connectPlanStorage } from "./connectPlanStorage.ts";
import { startingMap } from "./startingMap.ts";

/**
 * Connects links, the plan and the person's own map to the browser for the life of the page, then loads
 * the first map: the one kept from last time, else the bundled one. Connected before that first load, so
 * a kept route reaches the address before the route finder reads it.
 */
export function usePlanStorage(bundled: CareerGraph | null): void {
  const storage = useMemo(openBrowserStorage, []);
  useEffect(() => {
    // Links first: a link for another map has its question held back before the plan may offer its route.
    const disconnectLinks = connectLinks(bundled);
    const disconnectPlan = connectPlanStorage(storage, bundled);
    const disconnectMap = connectKeptMap(storage, bundled);
    const first = startingMap(storage, bundled);
    if (first) useAppStore.getState().loadGraph(first);
    return () => {
      disconnectLinks();
      disconnectPlan();
      disconnectMap();
    };
  }, [storage, bundled]);
}
