import mapUrl from "../../data/career-map.json?url";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { useAppStore } from "../store/appStore.ts";

let bundled: CareerGraph | null = null;

/**
 * Fetches the map shipped with the app, as data beside the scripts rather than inside them: index.html
 * preloads it while the scripts load, and it stays cached when only the code changes
 * (docs/decisions/0018-first-view-bundle.md). The build checks it like any file opened in the app and
 * fails with its errors (scripts/checkBundledMap.ts), so the page does not load the validator to check it
 * again. When it cannot be fetched the app starts without it and says so.
 */
export async function fetchBundledMap(): Promise<void> {
  try {
    const response = await fetch(mapUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bundled = (await response.json()) as CareerGraph;
  } catch {
    bundled = null;
    useAppStore
      .getState()
      .showMapNotice(
        "The map that comes with Career Map could not be loaded. Reload the page, or open a map file of your own.",
      );
  }
}

/** Takes the bundled map as given: the build's prerender of the first view, which reads the file itself. */
export function holdBundledMap(graph: CareerGraph): void {
  bundled = graph;
}

/** The bundled map once fetched; null when it could not be. */
export function loadBundledMap(): CareerGraph | null {
  return bundled;
}
