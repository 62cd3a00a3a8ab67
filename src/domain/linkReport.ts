import { LIMITS } from "./format/limits.ts";

/** Query parameters a link may carry beside the route question. */
export const LINK_PARAMS = {
  /** The identity of the map the link was made on; absent means the bundled map. */
  mapId: "mapid",
  /** The node whose details the link opens. */
  node: "node",
} as const;

/** Past this many characters some apps (chat, mail, SMS) cut links. */
export const LONG_LINK = 2_000;

/** The most ids a list parameter carries, as the route question reads them (src/domain/routeUrl.ts). */
const MAX_LIST = 50;
const SINGLE = ["from", "to", LINK_PARAMS.node] as const;
const LISTS = ["held", "via", "avoid"] as const;

export type IgnoredWhy = "blank" | "too-long" | "repeated" | "too-many" | "cut" | "not-on-map";

export interface IgnoredInLink {
  readonly param: string;
  /** The value as the link had it, shortened for display. */
  readonly value: string;
  readonly why: IgnoredWhy;
}

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

function verdict(value: string, seen: ReadonlySet<string>): IgnoredWhy | null {
  if (value.includes("\uFFFD")) return "cut";
  if (value.trim() === "") return "blank";
  if (value.length > LIMITS.idLength) return "too-long";
  if (seen.has(value)) return "repeated";
  return null;
}

/**
 * What a link's ids lose on the way in, so it can be said instead of silently dropped: blank, over-long,
 * repeated or damaged values ("cut": a broken percent escape decodes to U+FFFD), values past the list limit,
 * and a selected node the map lacks (the route finder shows route ids that are not on the map itself).
 * Never throws.
 */
export function ignoredInLink(search: string, has: (id: string) => boolean): IgnoredInLink[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [];
  }
  const ignored: IgnoredInLink[] = [];
  const check = (param: string, limit: number, reportUnknown: boolean) => {
    const seen = new Set<string>();
    for (const value of params.getAll(param)) {
      // A second value of a single parameter is a repeat; past a list's limit, one too many.
      const why =
        verdict(value, seen) ?? (seen.size >= limit ? (limit === 1 ? "repeated" : "too-many") : null);
      if (why !== null) {
        ignored.push({ param, value: shown(value), why });
        continue;
      }
      seen.add(value);
      if (reportUnknown && !has(value)) ignored.push({ param, value: shown(value), why: "not-on-map" });
    }
  };
  for (const param of SINGLE) check(param, 1, param === LINK_PARAMS.node);
  for (const param of LISTS) check(param, MAX_LIST, false);
  return ignored;
}
