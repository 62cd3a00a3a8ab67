import { LIMITS } from "./format/limits.ts";
import { OBJECTIVES, type Objective, type RouteQuestion } from "./route/question.ts";

/** The route question as it travels in a link, with which of its ranked routes is drawn (0 for the best). */
export interface RouteLink {
  readonly question: RouteQuestion;
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
 * Reads the route question from a query string: `from`, `to`, `held`, `via`, `avoid` (one parameter per
 * id), `by` (fastest, steps or cost), `requirements=off` and `route` (the rank, from 1). Never throws:
 * malformed escapes, blank or over-long ids and unknown values are dropped, repeated single values keep
 * the first. Links made before `by` and `requirements` existed read as the map's default objective with
 * requirements honoured.
 */
export function decodeRouteLink(search: string): RouteLink {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const rank = Number.parseInt(params.get("route") ?? "1", 10);
  const by = params.get("by");
  return {
    question: {
      from: id(params.get("from")),
      to: id(params.get("to")),
      held: ids(params, "held"),
      via: ids(params, "via"),
      avoid: ids(params, "avoid"),
      objective: OBJECTIVES.includes(by as Objective) ? (by as Objective) : null,
      requirements: params.get("requirements") !== "off",
    },
    rank: Number.isInteger(rank) && rank >= 1 && rank <= MAX_RANK + 1 ? rank - 1 : 0,
  };
}

/** Writes the route question as a query string (without `?`); empty when there is no question. */
export function encodeRouteLink({ question, rank }: RouteLink): string {
  const params = new URLSearchParams();
  if (question.from !== null) params.set("from", question.from);
  if (question.to !== null) params.set("to", question.to);
  for (const value of question.held) params.append("held", value);
  for (const value of question.via) params.append("via", value);
  for (const value of question.avoid) params.append("avoid", value);
  if (params.size === 0) return "";
  if (question.objective !== null) params.set("by", question.objective);
  if (!question.requirements) params.set("requirements", "off");
  if (rank > 0) params.set("route", String(rank + 1));
  return params.toString();
}
