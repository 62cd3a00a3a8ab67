import type { GraphIndex } from "../../domain/graphIndex.ts";
import type { NoRoute, RouteAnswer, RouteIndex, StepKind } from "../../domain/route/index.ts";
import { summarizeRoute } from "../../domain/route/index.ts";
import type { RouteDraft } from "../../store/routeSlice.ts";

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/** A node's label for running text; an id the map does not have is shown as given, in quotes. */
export function nodeName(index: GraphIndex | null, id: string | null): string {
  if (id === null) return "";
  const node = index?.nodeById.get(id);
  return node ? node.label : `“${id}”`;
}

/** The words for what a step does, as the step list and its screen-reader text say them. */
export const STEP_WORDS: Record<StepKind, string> = {
  advance: "Advance",
  lateral: "Move across",
  "earn-credential": "Earn",
  qualify: "Qualify",
};

/** Why there is no route, in one or two sentences that say what to change. */
export function noRouteText(index: GraphIndex | null, draft: RouteDraft, answer: NoRoute): string {
  const from = nodeName(index, draft.from);
  const to = nodeName(index, draft.to);
  switch (answer.reason) {
    case "unknown-node": {
      const names = (answer.unknown ?? []).map((id) => `“${id}”`);
      const list = names.length > 0 ? names.join(", ") : "A role you asked for";
      return `${list} ${names.length > 1 ? "are" : "is"} not on this map. Pick roles from the list instead.`;
    }
    case "unreachable":
      return `No route from ${from} to ${to} on this map: no chain of advancement paths leads there.`;
    case "blocked-by-constraints":
      return `There is a route from ${from} to ${to}, but not with these options. Remove a stop or an avoided role to see it.${
        answer.incomplete ? " (The search stopped before it had tried every way through your stops.)" : ""
      }`;
  }
}

/** What the live region says after a question is answered: the count and the drawn route, or why none. */
export function answerAnnouncement(
  index: GraphIndex | null,
  routeIndex: RouteIndex | null,
  draft: RouteDraft,
  answer: RouteAnswer | null,
  chosen: number,
): string {
  if (answer === null) return "";
  if (!answer.ok) return noRouteText(index, draft, answer);
  const route = answer.routes[chosen];
  if (!route || !routeIndex) return "";
  const count = answer.routes.length;
  const found = count === 1 ? "1 route found." : `${count} routes found.`;
  return `${found} Route ${chosen + 1}: ${summarizeRoute(routeIndex, route)}.`;
}

/** The one line a folded sheet shows under its title, so the drawn route stays named while the map shows. */
export function foldedSummary(answer: RouteAnswer | null, chosen: number): string {
  if (answer === null) return "";
  if (!answer.ok) return "No route";
  const route = answer.routes[chosen];
  return route
    ? `Route ${chosen + 1} of ${answer.routes.length} · ${plural(route.edges.length, "step")}`
    : "";
}
