import { emptyPlan, isPlanEmpty, type Plan } from "../../domain/plan/plan.ts";
import { writePlanText } from "../../domain/plan/writePlan.ts";
import type { PlanStatus } from "../../store/planSlice.ts";
import { type KeyValueStore, writeItem } from "./browserStorage.ts";
import { planReader } from "./storedReaders.ts";

const PREFIX = "career-map:plan:";

export const planKey = (mapId: string) => `${PREFIX}${mapId}`;
export const backupKey = (mapId: string, at: string) => `career-map:plan-backup:${mapId}:${at}`;

export interface StoredPlan {
  readonly plan: Plan;
  readonly status: PlanStatus;
  /** Set when the stored plan could not be read and was set aside: the key it was copied to. */
  readonly backedUpTo?: string;
}

/**
 * Reads the plan kept for a map. Never throws and never loses what was stored: an unreadable plan is copied
 * to a backup key before anything may overwrite it, and if even that fails, or the plan comes from a newer
 * version of the app, nothing is written for this map from here on (status `held`). A plan is read only
 * once the reader has loaded (storedReaders.ts); if it could not load, the plan is held as unreadable.
 */
export function loadStoredPlan(
  store: KeyValueStore | null,
  mapId: string,
  title: string,
  now: string,
): StoredPlan {
  const fresh = emptyPlan(mapId, title);
  if (store === null) return { plan: fresh, status: "unavailable" };
  let text: string | null;
  try {
    text = store.getItem(planKey(mapId));
  } catch {
    return { plan: fresh, status: "unavailable" };
  }
  if (text === null) return { plan: fresh, status: "saved" };
  const reader = planReader.loaded();
  if (reader === null) return { plan: fresh, status: "held-unreadable" };
  const reading = reader.readPlanText(text, mapId);
  if (reading.ok) return { plan: { ...reading.plan, mapTitle: title }, status: "saved" };
  if (reading.problem === "newer") return { plan: fresh, status: "held-newer" };
  const backup = backupKey(mapId, now);
  if (writeItem(store, backup, text) !== "saved") return { plan: fresh, status: "held-unreadable" };
  return { plan: fresh, status: "saved", backedUpTo: backup };
}

/** Writes the plan; an empty plan removes the key, so a reset leaves nothing behind. */
export function saveStoredPlan(store: KeyValueStore | null, plan: Plan): PlanStatus {
  if (store === null) return "unavailable";
  return writeItem(store, planKey(plan.mapId), isPlanEmpty(plan) ? null : writePlanText(plan));
}

/** The plan another tab just wrote for this map, or null if the change is not one to follow. */
export function planFromOtherTab(
  key: string | null,
  newValue: string | null,
  mapId: string,
  title: string,
): Plan | null {
  if (key !== planKey(mapId)) return null;
  if (newValue === null) return emptyPlan(mapId, title);
  const reading = planReader.loaded()?.readPlanText(newValue, mapId);
  return reading?.ok ? { ...reading.plan, mapTitle: title } : null;
}
