import bundledArrangement from "virtual:bundled-map-arrangement";
import mapUrl from "../../data/career-map.json?url";
import type { CareerGraph } from "../domain/careerGraph.ts";
import { arrangeLike } from "../graph-view/placeCareerMap.ts";
import { useAppStore } from "../store/appStore.ts";
import { BUNDLED_MAP_ELEMENT } from "./bundledMapElement.ts";

let bundled: CareerGraph | null = null;

/**
 * Reads the map shipped with the app. The built index.html holds it as a data block
 * (scripts/checkBundledMap.ts), so it is there as soon as the scripts run: waiting on a fetch, even of a
 * preloaded file, held the first drawn map back by 20–80 ms (docs/decisions/0018-first-view-bundle.md).
 * The dev server's page has no data block, and the file is fetched. The build checks the map like any file
 * opened in the app and fails with its errors, so the page does not load the validator to check it
 * again. When it cannot be read the app starts without it and says so.
 */
export async function readBundledMap(page: Document = document): Promise<void> {
  try {
    const inPage = page.getElementById(BUNDLED_MAP_ELEMENT)?.textContent;
    if (inPage) {
      holdBundledMap(JSON.parse(inPage) as CareerGraph);
      return;
    }
    const response = await fetch(mapUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    holdBundledMap((await response.json()) as CareerGraph);
  } catch {
    bundled = null;
    useAppStore
      .getState()
      .showMapNotice(
        "The map that comes with Career Map could not be loaded. Reload the page, or open a map file of your own.",
      );
  }
}

/**
 * Takes the bundled map as given (the build's prerender of the first view reads the file itself), to be
 * drawn in the arrangement the build chose for it, so the page does not search for one as it starts.
 */
export function holdBundledMap(graph: CareerGraph): void {
  bundled = graph;
  arrangeLike(graph, bundledArrangement);
}

/** The bundled map once read; null when it could not be. */
export function loadBundledMap(): CareerGraph | null {
  return bundled;
}
