import { useEffect } from "react";
import { useAppStore } from "../store/appStore.ts";
import { selectIndex } from "../store/selectors.ts";
import { historyStep, linkInAddress, searchWithLink } from "./routeUrlSync.ts";

/** Puts the question from the address into the store; a question with an end set opens the route finder. */
function applyAddress(): void {
  const { question, rank } = linkInAddress(window.location.search);
  const store = useAppStore.getState();
  store.askRoute(question, rank);
  if (question.from !== null || question.to !== null) store.openRoutePanel();
}

/**
 * Keeps the route question in the address bar, so a copied link reproduces it and back and forward move
 * between questions. Runs once a map is loaded, because the answer needs the map; ids the map does not have
 * are kept and answered as "not on this map".
 */
export function useRouteUrlSync(): void {
  const index = useAppStore(selectIndex);

  useEffect(() => {
    if (index === null) return;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      // A new map resets the question; this effect runs again for it and re-reads the address instead.
      if (state.index !== previous.index) return;
      if (state.routeQuestion === previous.routeQuestion && state.chosenRoute === previous.chosenRoute)
        return;
      const { location, history } = window;
      const next = { question: state.routeQuestion, rank: state.chosenRoute };
      // Applying the address (startup, back, forward) gives the question it holds, so nothing is written.
      const step = historyStep(linkInAddress(location.search), next);
      if (step === null) return;
      const url = `${location.pathname}${searchWithLink(location.search, next)}${location.hash}`;
      if (step === "push") history.pushState(null, "", url);
      else history.replaceState(history.state, "", url);
    });
    window.addEventListener("popstate", applyAddress);
    // After subscribing, so a chosen route the answer does not have (route=5 of 3) is corrected in place.
    applyAddress();
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", applyAddress);
    };
  }, [index]);
}
