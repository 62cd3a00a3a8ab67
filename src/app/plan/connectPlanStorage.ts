import type { CareerGraph } from "../../domain/careerGraph.ts";
import { sameRoute } from "../../domain/plan/editPlan.ts";
import { mapKey } from "../../domain/plan/mapIdentity.ts";
import type { PlanRoute } from "../../domain/plan/plan.ts";
import { EMPTY_QUESTION, type RouteQuestion } from "../../domain/route/question.ts";
import { type AppStore, useAppStore } from "../../store/appStore.ts";
import { linkInAddress, searchWithLink } from "../routeUrlSync.ts";
import type { KeyValueStore } from "../storage/browserStorage.ts";
import { loadStoredPlan, planFromOtherTab, planKey, saveStoredPlan } from "../storage/planStorage.ts";
import { planReader } from "../storage/storedReaders.ts";

const routeOf = ({ routeQuestion: { from, to, held, via, avoid }, chosenRoute }: AppStore): PlanRoute => ({
  from,
  to,
  held,
  via,
  avoid,
  rank: chosenRoute,
});

/** The plan keeps the places of the question; ranking and requirements stay as the route finder sets them. */
const questionOf = (
  { from, to, held, via, avoid }: PlanRoute,
  current: RouteQuestion = EMPTY_QUESTION,
): RouteQuestion => ({
  ...current,
  from,
  to,
  held,
  via,
  avoid,
});

/**
 * A plan's route goes into the address when the address asks no route question of its own, so the route
 * finder (which reads the address once the map is in) shows it; a link's own question wins.
 */
function offerRouteToAddress(route: PlanRoute | null): void {
  if (route === null) return;
  const { location, history } = window;
  const asked = linkInAddress(location.search).question;
  if (asked.from !== null || asked.to !== null || asked.held.length > 0) return;
  const link = { question: questionOf(route), rank: route.rank };
  const url = `${location.pathname}${searchWithLink(location.search, link)}${location.hash}`;
  history.replaceState(history.state, "", url);
}

/**
 * Keeps the person's plan in the browser: reads the plan of each map as it loads, writes every change,
 * follows the route question, and takes in what other tabs write. Returns the function that disconnects it.
 */
export function connectPlanStorage(
  storage: KeyValueStore | null,
  bundled: CareerGraph | null,
  clock: () => string = () => new Date().toISOString(),
): () => void {
  // The plan last read from or written to storage: no need to write it (again).
  let inStorage: AppStore["plan"] = null;

  const open = (state: AppStore, readerAsked = false) => {
    const graph = state.index?.graph;
    if (!graph) return;
    const mapId = mapKey(graph, bundled);
    if (!readerAsked && planReader.loaded() === null && storage?.getItem(planKey(mapId)) != null) {
      // A stored plan for a map opened before the reader came in (it loads after the first drawing).
      const retry = () => {
        const now = useAppStore.getState();
        if (now.index?.graph === graph) open(now, true);
      };
      planReader.load().then(retry, retry);
      return;
    }
    const stored = loadStoredPlan(storage, mapId, graph.title, clock());
    inStorage = stored.plan;
    useAppStore
      .getState()
      .openPlan(stored.plan, stored.status, stored.backedUpTo ? { backupKey: stored.backedUpTo } : null);
    offerRouteToAddress(stored.plan.route);
  };

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    // A new map, not an edit of this one: an edited map keeps the plan it was opened with.
    if (state.mapLoads !== previous.mapLoads) return open(state);
    if (state.routeQuestion !== previous.routeQuestion || state.chosenRoute !== previous.chosenRoute) {
      state.keepPlanRoute(routeOf(state));
      return;
    }
    if (state.plan === null || state.plan === previous.plan || state.plan === inStorage) return;
    if (state.planStatus === "held-newer" || state.planStatus === "held-unreadable") return;
    inStorage = state.plan;
    const status = saveStoredPlan(storage, state.plan);
    if (status !== state.planStatus) state.reportPlanSaved(status);
  });

  const followOtherTab = (event: StorageEvent) => {
    const state = useAppStore.getState();
    const { plan, adoptPlan } = state;
    if (plan === null) return;
    const theirs = planFromOtherTab(event.key, event.newValue, plan.mapId, plan.mapTitle);
    if (theirs === null) return;
    inStorage = theirs;
    adoptPlan(theirs);
    const route = theirs.route;
    if (route !== null && !sameRoute(route, routeOf(state))) {
      state.askRoute(questionOf(route, state.routeQuestion), route.rank);
    }
  };
  window.addEventListener("storage", followOtherTab);
  open(useAppStore.getState());
  return () => {
    unsubscribe();
    window.removeEventListener("storage", followOtherTab);
  };
}
