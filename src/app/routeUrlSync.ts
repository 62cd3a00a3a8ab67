import { sameQuestion } from "../domain/route/question.ts";
import { decodeRouteLink, encodeRouteLink, type RouteLink } from "../domain/routeUrl.ts";

/** The query parameters the route question owns; every other parameter of the address is left alone. */
const ROUTE_KEYS = ["from", "to", "held", "via", "avoid", "by", "requirements", "route"] as const;

/**
 * How the address should follow a change of question: a new history entry when the question changed, so
 * back and forward move between questions; the entry rewritten when only the chosen route changed, as
 * switching cards is looking at one answer, not asking anew; nothing when the address already says it.
 */
export function historyStep(inAddress: RouteLink, next: RouteLink): "push" | "replace" | null {
  if (!sameQuestion(inAddress.question, next.question)) return "push";
  return encodeRouteLink(inAddress) === encodeRouteLink(next) ? null : "replace";
}

/** The query string (with `?`, or empty) with the route question swapped in and other parameters kept. */
export function searchWithLink(search: string, link: RouteLink): string {
  const kept = new URLSearchParams(search);
  for (const key of ROUTE_KEYS) kept.delete(key);
  const route = encodeRouteLink(link);
  const joined = [kept.toString(), route].filter((part) => part !== "").join("&");
  return joined === "" ? "" : `?${joined}`;
}

/** The question the address holds now, read the same forgiving way as on startup. */
export function linkInAddress(search: string): RouteLink {
  return decodeRouteLink(search);
}
