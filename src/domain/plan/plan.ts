/** How far along a node of the map is in a person's plan. */
/** In the order a step usually goes through them; skipped last. */
export const PLAN_MARKS = ["planned", "in-progress", "done", "skipped"] as const;
export type PlanMark = (typeof PLAN_MARKS)[number];

export const PLAN_MARK_WORDS: Record<PlanMark, string> = {
  done: "Done",
  "in-progress": "In progress",
  planned: "Planned",
  skipped: "Skipped",
};

/** The version of the plan document this app reads and writes (storage and "Export my plan"). */
export const PLAN_VERSION = 1;
/** Tells a plan file from a map file or any other JSON someone picks by mistake. */
export const PLAN_FORMAT = "career-map-plan";

export const PLAN_LIMITS = { noteLength: 2_000, entries: 5_000, listIds: 50, idLength: 200 } as const;

/** One node of the map in the plan: its mark (with when it was set) and a note, either may be absent. */
export interface PlanEntry {
  readonly mark?: PlanMark;
  /** ISO timestamp of when the mark was set. */
  readonly markedAt?: string;
  readonly note?: string;
  /** ISO timestamp of the last change to the entry; the newer entry wins when two plans are merged. */
  readonly changedAt: string;
}

/**
 * The route question the person settled on: where they are, what they hold, where they are going. The same
 * fields as the route question in the address, kept as a type of its own on purpose: this is a stored
 * format, and must not change shape when the route finder's question does.
 */
export interface PlanRoute {
  readonly from: string | null;
  readonly to: string | null;
  readonly held: readonly string[];
  readonly via: readonly string[];
  readonly avoid: readonly string[];
  /** Which of the ranked routes they picked, 0 for the best. */
  readonly rank: number;
}

/** A person's plan for one map, kept in their browser. */
export interface Plan {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly route: PlanRoute | null;
  /** Keyed by node id; a Map, so ids such as `__proto__` are ordinary keys. Entries for ids the map lacks are kept. */
  readonly entries: ReadonlyMap<string, PlanEntry>;
}

export function emptyPlan(mapId: string, mapTitle: string): Plan {
  return { mapId, mapTitle, route: null, entries: new Map() };
}

export function isPlanEmpty(plan: Plan): boolean {
  return plan.route === null && plan.entries.size === 0;
}
