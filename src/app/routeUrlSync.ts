import { decodeRouteQuestion, encodeRouteQuestion, type RouteQuestion } from "../domain/routeUrl.ts";
import type { RouteDraft } from "../store/routeSlice.ts";

/** The query parameters the route question owns; every other parameter of the address is left alone. */
const ROUTE_KEYS = ["from", "to", "held", "via", "avoid", "route"] as const;

export function questionOf(draft: RouteDraft, rank: number): RouteQuestion {
  return { ...draft, rank };
}

export function draftOf(question: RouteQuestion): RouteDraft {
  const { from, to, held, via, avoid } = question;
  return { from, to, held, via, avoid };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

function sameDraft(a: RouteQuestion, b: RouteQuestion): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    sameIds(a.held, b.held) &&
    sameIds(a.via, b.via) &&
    sameIds(a.avoid, b.avoid)
  );
}

/**
 * How the address should follow a change of question: a new history entry when the question changed, so
 * back and forward move between questions; the entry rewritten when only the chosen route changed, as
 * switching cards is looking at one answer, not asking anew; nothing when the address already says it.
 */
export function historyStep(inAddress: RouteQuestion, next: RouteQuestion): "push" | "replace" | null {
  if (!sameDraft(inAddress, next)) return "push";
  return encodeRouteQuestion(inAddress) === encodeRouteQuestion(next) ? null : "replace";
}

/** The query string (with `?`, or empty) with the route question swapped in and other parameters kept. */
export function searchWithQuestion(search: string, question: RouteQuestion): string {
  const kept = new URLSearchParams(search);
  for (const key of ROUTE_KEYS) kept.delete(key);
  const route = encodeRouteQuestion(question);
  const joined = [kept.toString(), route].filter((part) => part !== "").join("&");
  return joined === "" ? "" : `?${joined}`;
}

/** The question the address holds now, read the same forgiving way as on startup. */
export function questionInAddress(search: string): RouteQuestion {
  return decodeRouteQuestion(search);
}
