import type { StateCreator } from "zustand";
import { mergePlans, withMark, withNote, withRoute } from "../domain/plan/editPlan.ts";
import { emptyPlan, type Plan, type PlanMark, type PlanRoute } from "../domain/plan/plan.ts";
import type { AppStore } from "./appStore.ts";

/**
 * Whether the plan is being kept:
 * - `saved`: the last change was written;
 * - `full`: the browser's storage for the site is full, the last changes are only in this tab;
 * - `unavailable`: storage is turned off (private mode, blocked site data); nothing is kept after the tab;
 * - `held-newer`: the stored plan comes from a newer version of the app; it is left as it is, not overwritten;
 * - `held-unreadable`: the stored plan is damaged and could not be backed up; it is left as it is.
 */
export type PlanStatus = "saved" | "full" | "unavailable" | "held-newer" | "held-unreadable";

/** A plan that could not be read was set aside and the plan starts empty: say so, once. */
export interface PlanResetNotice {
  readonly backupKey: string;
}

export interface PlanState {
  /** The person's plan for the loaded map; null until a map is loaded. */
  readonly plan: Plan | null;
  readonly planStatus: PlanStatus;
  readonly planReset: PlanResetNotice | null;
  /** Something to say about the kept map of the person's own or a map from a link; null when all is well. */
  readonly mapNotice: string | null;
}

export interface PlanActions {
  /** Puts in the plan kept for the map just loaded, with how its storage stands. */
  openPlan(plan: Plan, status: PlanStatus, reset?: PlanResetNotice | null): void;
  /** Takes the plan another tab wrote, as it is. */
  adoptPlan(plan: Plan): void;
  markNode(id: string, mark: PlanMark | null): void;
  writeNote(id: string, text: string): void;
  keepPlanRoute(route: PlanRoute): void;
  importPlan(plan: Plan): void;
  resetPlan(): void;
  reportPlanSaved(status: PlanStatus): void;
  dismissPlanReset(): void;
  showMapNotice(text: string): void;
  dismissMapNotice(): void;
}

const now = () => new Date().toISOString();

export const createPlanSlice: StateCreator<AppStore, [], [], PlanState & PlanActions> = (set, get) => {
  const edit = (change: (plan: Plan) => Plan) => {
    const plan = get().plan;
    if (plan !== null) set({ plan: change(plan) });
  };
  return {
    plan: null,
    planStatus: "saved",
    planReset: null,
    mapNotice: null,
    openPlan: (plan, status, reset = null) => set({ plan, planStatus: status, planReset: reset }),
    adoptPlan: (plan) => set({ plan }),
    markNode: (id, mark) => edit((plan) => withMark(plan, id, mark, now())),
    writeNote: (id, text) => edit((plan) => withNote(plan, id, text, now())),
    keepPlanRoute: (route) => edit((plan) => withRoute(plan, route)),
    importPlan: (incoming) => edit((plan) => mergePlans(plan, incoming)),
    resetPlan: () => edit((plan) => emptyPlan(plan.mapId, plan.mapTitle)),
    // A status that holds the stored plan back is kept until another map or a reload clears it.
    reportPlanSaved: (status) => set({ planStatus: status }),
    dismissPlanReset: () => set({ planReset: null }),
    showMapNotice: (text) => set({ mapNotice: text }),
    dismissMapNotice: () => set({ mapNotice: null }),
  };
};
