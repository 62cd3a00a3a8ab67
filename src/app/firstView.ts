import type { CareerGraph } from "../domain/careerGraph.ts";
import { drawMapEarly } from "../graph-view/earlyMap.ts";
import { startNeedsReaders } from "./plan/startingMap.ts";
import { openBrowserStorage } from "./storage/browserStorage.ts";

/**
 * Draws the bundled map into the prerendered page (scripts/prerender/) before React has loaded, when the
 * page will start on it as it was prerendered: no link in the address, nothing stored for it and no map of
 * the person's own kept. Otherwise the map view draws the first map itself, as it always can.
 * Calls `then` once the map is on screen, or at once when it is not drawn here.
 */
export function drawFirstView(bundled: CareerGraph | null, then: () => void): void {
  const box = document.querySelector<HTMLElement>("[data-first-view] .map-canvas");
  const { search, hash } = window.location;
  if (!bundled || !box || search !== "" || hash !== "" || startNeedsReaders(openBrowserStorage(), bundled)) {
    then();
    return;
  }
  // In the same task as the drawing, so the loading line and the map are never seen together.
  box.querySelector(".first-view-hint")?.remove();
  if (!drawMapEarly(box, bundled, then)) then();
}

/**
 * When the rest of the app cannot be loaded (a dropped connection, a deploy that replaced its files), the
 * page drawn so far would stay inert and claim to be loading: it says what happened instead.
 */
export function sayStartFailed(): void {
  const status = document.querySelector<HTMLElement>("#root [role='status']");
  if (!status) return;
  status.className = "app-starting app-start-failed";
  status.textContent =
    "Career Map could not load the rest of its scripts, so the map cannot be used yet. Reload the page to try again.";
}
