import type { CareerGraph } from "../../domain/careerGraph.ts";
import { sameRoute } from "../../domain/plan/editPlan.ts";
import { mapKey } from "../../domain/plan/mapIdentity.ts";
import type { PlanRoute } from "../../domain/plan/plan.ts";
import { type AppStore, useAppStore } from "../../store/appStore.ts";
import { questionInAddress, searchWithQuestion } from "../routeUrlSync.ts";
import type { KeyValueStore } from "../storage/browserStorage.ts";
import { loadStoredPlan, planFromOtherTab, saveStoredPlan } from "../storage/planStorage.ts";

const routeOf = (state: AppStore): PlanRoute => ({ ...state.routeDraft, rank: state.chosenRoute });

/**
 * A plan's route goes into the address when the address asks no route question of its own, so the route
 * finder (which reads the address once the map is in) shows it; a link's own question wins.
 */
function offerRouteToAddress(route: PlanRoute | null): void {
  if (route === null) return;
  const { location, history } = window;
  const asked = questionInAddress(location.search);
  if (asked.from !== null || asked.to !== null || asked.held.length > 0) return;
  const url = `${location.pathname}${searchWithQuestion(location.search, route)}${location.hash}`;
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

  const open = (state: AppStore) => {
    const graph = state.index?.graph;
    if (!graph) return;
    const stored = loadStoredPlan(storage, mapKey(graph, bundled), graph.title, clock());
    inStorage = stored.plan;
    useAppStore
      .getState()
      .openPlan(stored.plan, stored.status, stored.backedUpTo ? { backupKey: stored.backedUpTo } : null);
    offerRouteToAddress(stored.plan.route);
  };

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.index !== previous.index) return open(state);
    if (state.routeDraft !== previous.routeDraft || state.chosenRoute !== previous.chosenRoute) {
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
    const { plan, routeDraft, chosenRoute, setRouteDraft, adoptPlan } = useAppStore.getState();
    if (plan === null) return;
    const theirs = planFromOtherTab(event.key, event.newValue, plan.mapId, plan.mapTitle);
    if (theirs === null) return;
    inStorage = theirs;
    adoptPlan(theirs);
    const route = theirs.route;
    if (route !== null && !sameRoute(route, { ...routeDraft, rank: chosenRoute }))
      setRouteDraft(route, route.rank);
  };
  window.addEventListener("storage", followOtherTab);
  open(useAppStore.getState());
  return () => {
    unsubscribe();
    window.removeEventListener("storage", followOtherTab);
  };
}
