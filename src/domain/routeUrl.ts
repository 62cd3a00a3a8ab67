import { LIMITS } from "./format/limits.ts";

/** The route question as it travels in a link: ids only, so a link stays short and readable. */
export interface RouteQuestion {
  readonly from: string | null;
  readonly to: string | null;
  readonly held: readonly string[];
  readonly via: readonly string[];
  readonly avoid: readonly string[];
  /** Which ranked route is drawn, 0 for the best. */
  readonly rank: number;
}

const MAX_LIST = 50;
const MAX_RANK = 4;

function id(value: string | null): string | null {
  return value !== null && value.trim() !== "" && value.length <= LIMITS.idLength ? value : null;
}

function ids(params: URLSearchParams, key: string): string[] {
  const seen = new Set<string>();
  for (const value of params.getAll(key)) {
    const valid = id(value);
    if (valid !== null && seen.size < MAX_LIST) seen.add(valid);
  }
  return [...seen];
}

/**
 * Reads the route question from a query string. Never throws: malformed escapes, blank or over-long
 * ids and out-of-range numbers are dropped, repeated single values keep the first.
 */
export function decodeRouteQuestion(search: string): RouteQuestion {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const rank = Number.parseInt(params.get("route") ?? "1", 10);
  return {
    from: id(params.get("from")),
    to: id(params.get("to")),
    held: ids(params, "held"),
    via: ids(params, "via"),
    avoid: ids(params, "avoid"),
    rank: Number.isInteger(rank) && rank >= 1 && rank <= MAX_RANK + 1 ? rank - 1 : 0,
  };
}

/** Writes the route question as a query string (without `?`); empty when there is no question. */
export function encodeRouteQuestion(question: RouteQuestion): string {
  const params = new URLSearchParams();
  if (question.from !== null) params.set("from", question.from);
  if (question.to !== null) params.set("to", question.to);
  for (const value of question.held) params.append("held", value);
  for (const value of question.via) params.append("via", value);
  for (const value of question.avoid) params.append("avoid", value);
  if (question.rank > 0 && params.size > 0) params.set("route", String(question.rank + 1));
  return params.toString();
}
