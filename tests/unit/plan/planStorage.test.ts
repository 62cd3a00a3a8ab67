import { describe, expect, it } from "vitest";
import {
  backupKey,
  loadStoredPlan,
  planFromOtherTab,
  planKey,
  saveStoredPlan,
} from "../../../src/app/storage/planStorage.ts";
import { withMark, withNote, withRoute } from "../../../src/domain/plan/editPlan.ts";
import { emptyPlan, type Plan } from "../../../src/domain/plan/plan.ts";
import { writePlanText } from "../../../src/domain/plan/writePlan.ts";
import { MemoryStore } from "./memoryStore.ts";

const AT = "2026-11-29T10:00:00.000Z";
const LATER = "2026-11-30T08:30:00.000Z";

function somePlan(): Plan {
  let plan = emptyPlan("map-1", "My ladder");
  plan = withMark(plan, "cpc", "done", AT);
  plan = withNote(plan, "cpc", "Passed on the first try.\nScore 82%.", AT);
  plan = withMark(plan, "__proto__", "in-progress", LATER);
  plan = withRoute(plan, { from: "clerk", to: "manager", held: ["cpc"], via: [], avoid: ["x"], rank: 1 });
  return plan;
}

describe("plan storage", () => {
  it("reads back exactly what it wrote", () => {
    const store = new MemoryStore();
    const plan = somePlan();
    expect(saveStoredPlan(store, plan)).toBe("saved");
    const loaded = loadStoredPlan(store, "map-1", "My ladder", LATER);
    expect(loaded.status).toBe("saved");
    expect(loaded.backedUpTo).toBeUndefined();
    expect(loaded.plan).toEqual(plan);
    expect(loaded.plan.entries.get("__proto__")?.mark).toBe("in-progress");
  });

  it("keeps plans of two maps apart, even with the same title", () => {
    const store = new MemoryStore();
    saveStoredPlan(store, somePlan());
    expect(loadStoredPlan(store, "map-2", "My ladder", AT).plan.entries.size).toBe(0);
  });

  it("removes the key when the plan is reset to empty", () => {
    const store = new MemoryStore();
    saveStoredPlan(store, somePlan());
    saveStoredPlan(store, emptyPlan("map-1", "My ladder"));
    expect(store.items.has(planKey("map-1"))).toBe(false);
  });

  it.each([
    ["cut-off JSON", '{"format":"career-map-plan","version":1,"map":'],
    ["another app's data", '{"theme":"dark","items":[1,2,3]}'],
    [
      "a plan with a broken entry",
      JSON.stringify({
        format: "career-map-plan",
        version: 1,
        map: { id: "map-1", title: "t" },
        route: null,
        nodes: [{ id: "a", mark: "finished", changedAt: AT }],
      }),
    ],
    [
      "a plan from before plans had versions",
      JSON.stringify({ format: "career-map-plan", map: { id: "map-1", title: "t" }, nodes: [] }),
    ],
    ["a plan naming another map", writePlanText({ ...somePlan(), mapId: "map-9" })],
  ])("backs up %s before starting empty, and the next save keeps the backup", (_what, text) => {
    const store = new MemoryStore();
    store.items.set(planKey("map-1"), text);
    const loaded = loadStoredPlan(store, "map-1", "My ladder", AT);
    expect(loaded.plan.entries.size).toBe(0);
    expect(loaded.status).toBe("saved");
    expect(loaded.backedUpTo).toBe(backupKey("map-1", AT));
    expect(store.getItem(backupKey("map-1", AT))).toBe(text);
    saveStoredPlan(store, withMark(loaded.plan, "clerk", "done", LATER));
    expect(store.getItem(backupKey("map-1", AT))).toBe(text);
  });

  it("leaves a damaged plan untouched when it cannot be backed up (storage full)", () => {
    const store = new MemoryStore();
    store.items.set(planKey("map-1"), "{damaged");
    store.failWrites = "quota";
    const loaded = loadStoredPlan(store, "map-1", "My ladder", AT);
    expect(loaded.status).toBe("held-unreadable");
    expect(store.getItem(planKey("map-1"))).toBe("{damaged");
  });

  it("holds back a plan written by a newer version instead of overwriting it", () => {
    const store = new MemoryStore();
    const newer = JSON.stringify({
      format: "career-map-plan",
      version: 7,
      map: { id: "map-1", title: "t" },
      anything: [1],
    });
    store.items.set(planKey("map-1"), newer);
    const loaded = loadStoredPlan(store, "map-1", "My ladder", AT);
    expect(loaded.status).toBe("held-newer");
    expect(store.items.size).toBe(1);
  });

  it("reports a full storage and saves again once there is room", () => {
    const store = new MemoryStore();
    store.failWrites = "quota";
    expect(saveStoredPlan(store, somePlan())).toBe("full");
    store.failWrites = null;
    expect(saveStoredPlan(store, somePlan())).toBe("saved");
  });

  it("reports storage that is turned off, for reads and for writes", () => {
    expect(loadStoredPlan(null, "map-1", "t", AT).status).toBe("unavailable");
    expect(saveStoredPlan(null, somePlan())).toBe("unavailable");
    const store = new MemoryStore();
    store.failWrites = "security";
    expect(saveStoredPlan(store, somePlan())).toBe("unavailable");
    const throwing = new MemoryStore();
    throwing.getItem = () => {
      throw new DOMException("denied", "SecurityError");
    };
    expect(loadStoredPlan(throwing, "map-1", "t", AT).status).toBe("unavailable");
  });

  it("follows another tab's plan for this map only, and its reset", () => {
    const text = writePlanText(somePlan());
    expect(planFromOtherTab(planKey("map-1"), text, "map-1", "My ladder")).toEqual(somePlan());
    expect(planFromOtherTab(planKey("map-2"), text, "map-1", "My ladder")).toBeNull();
    expect(planFromOtherTab(planKey("map-1"), "{bad", "map-1", "My ladder")).toBeNull();
    expect(planFromOtherTab(planKey("map-1"), null, "map-1", "My ladder")?.entries.size).toBe(0);
  });
});
