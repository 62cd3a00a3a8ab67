import type { PlanEntry, PlanMark } from "../domain/plan/plan.ts";
import type { AppStore } from "./appStore.ts";

export const selectPlan = (state: AppStore) => state.plan;

/** A node's entry in the plan; undefined when the person has not marked it or written a note. */
export const selectPlanEntry =
  (id: string) =>
  (state: AppStore): PlanEntry | undefined =>
    state.plan?.entries.get(id);

export const selectPlanMark =
  (id: string) =>
  (state: AppStore): PlanMark | undefined =>
    state.plan?.entries.get(id)?.mark;
