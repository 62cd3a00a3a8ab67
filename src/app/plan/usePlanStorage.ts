import { useEffect } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import { openBrowserStorage } from "../storage/browserStorage.ts";
import { connectPlanStorage } from "./connectPlanStorage.ts";

/**
 * Connects the plan to the browser's storage for the life of the page. Must run before the map is loaded
 * and before the route question is read from the address, so a kept route can be offered to it.
 */
export function usePlanStorage(bundled: CareerGraph | null): void {
  useEffect(() => connectPlanStorage(openBrowserStorage(), bundled), [bundled]);
}
