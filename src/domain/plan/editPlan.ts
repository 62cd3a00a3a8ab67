import type { Plan, PlanEntry, PlanMark, PlanRoute } from "./plan.ts";
import { PLAN_LIMITS } from "./plan.ts";

function withEntry(plan: Plan, id: string, entry: PlanEntry | null): Plan {
  const entries = new Map(plan.entries);
  if (entry === null) entries.delete(id);
  else entries.set(id, entry);
  return { ...plan, entries };
}

/** An entry with nothing in it is removed rather than kept empty. */
function settle(entry: PlanEntry): PlanEntry | null {
  return entry.mark === undefined && entry.note === undefined ? null : entry;
}

/** Sets (or with null clears) a node's mark; `now` is an ISO timestamp, passed in to keep this pure. */
export function withMark(plan: Plan, id: string, mark: PlanMark | null, now: string): Plan {
  const { mark: _mark, markedAt: _at, ...rest } = plan.entries.get(id) ?? { changedAt: now };
  const next: PlanEntry =
    mark === null ? { ...rest, changedAt: now } : { ...rest, mark, markedAt: now, changedAt: now };
  return withEntry(plan, id, settle(next));
}

/** Sets a node's note; blank text removes it. Over-long text is cut to the limit. */
export function withNote(plan: Plan, id: string, text: string, now: string): Plan {
  const { note: _note, ...rest } = plan.entries.get(id) ?? { changedAt: now };
  const note = text.slice(0, PLAN_LIMITS.noteLength);
  const next: PlanEntry =
    note.trim() === "" ? { ...rest, changedAt: now } : { ...rest, note, changedAt: now };
  return withEntry(plan, id, settle(next));
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function sameRoute(a: PlanRoute | null, b: PlanRoute | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.rank === b.rank &&
    sameIds(a.held, b.held) &&
    sameIds(a.via, b.via) &&
    sameIds(a.avoid, b.avoid)
  );
}

/** Keeps the route question; an empty question is kept as no route. */
export function withRoute(plan: Plan, route: PlanRoute): Plan {
  const empty =
    route.from === null &&
    route.to === null &&
    route.held.length + route.via.length + route.avoid.length === 0;
  const next = empty ? null : route;
  return sameRoute(plan.route, next) ? plan : { ...plan, route: next };
}

/**
 * Folds an imported plan into the current one: per node the entry changed last wins, entries only one side
 * has are kept, and the imported route replaces the current one when it has one. Nothing is dropped.
 */
export function mergePlans(current: Plan, incoming: Plan): Plan {
  const entries = new Map(current.entries);
  for (const [id, entry] of incoming.entries) {
    const mine = entries.get(id);
    if (mine === undefined || entry.changedAt >= mine.changedAt) entries.set(id, entry);
  }
  return { ...current, route: incoming.route ?? current.route, entries };
}

/** The ids a plan names that the map does not have: kept, and shown as "no longer on this map". */
export function missingIds(plan: Plan, has: (id: string) => boolean): string[] {
  return [...plan.entries.keys()].filter((id) => !has(id));
}
