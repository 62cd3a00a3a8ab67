import type { GraphIndex } from "../../domain/graphIndex.ts";
import type { NoRoute, RouteAnswer, RouteIndex, RouteQuestion, StepKind } from "../../domain/route/index.ts";
import { explainRoute, plural, summarizeRoute } from "../../domain/route/index.ts";

export { plural };

/** A node's label for running text; an id the map does not have is shown as given, in quotes. */
export function nodeName(index: GraphIndex | null, id: string | null | undefined): string {
  if (id === null || id === undefined) return "";
  const node = index?.nodeById.get(id);
  return node ? node.label : `“${id}”`;
}

/** The words for what a step does, as the step list and its screen-reader text say them. */
export const STEP_WORDS: Record<StepKind, string> = {
  advance: "Advance",
  lateral: "Move across",
  "earn-credential": "Earn",
  qualify: "Get hired",
};

/** Why there is no route, in one or two sentences that name what is in the way and say what to change. */
export function noRouteText(index: GraphIndex | null, question: RouteQuestion, answer: NoRoute): string {
  const from = nodeName(index, question.from);
  const to = nodeName(index, question.to);
  const name = (id: string | undefined) => nodeName(index, id ?? null);
  switch (answer.reason) {
    case "unknown-node": {
      const names = (answer.unknown ?? []).map((id) => `“${id}”`);
      const list = names.length > 0 ? names.join(", ") : "A role you asked for";
      return `${list} ${names.length > 1 ? "are" : "is"} not on this map. Pick roles from the list instead.`;
    }
    case "unreachable":
      return `No route from ${from} to ${to} on this map: no chain of advancement paths leads there.`;
    case "needs-credential": {
      const groups = (answer.groups ?? []).map((group) => {
        const labels = group.map((id) => name(id));
        return labels.length === 1 ? labels[0] : `one of ${labels.join(", ")}`;
      });
      return `${name(answer.node)} needs ${groups.join(" and ")}, and nothing on this map leads to ${
        groups.length === 1 && (answer.groups?.[0]?.length ?? 0) === 1 ? "it" : "them"
      } from here.`;
    }
    case "stop-out-of-reach":
      return `Go through ${name(answer.stop)}: nothing on this map leads to ${name(answer.stop)} from here.`;
    case "stop-leads-nowhere":
      return `Go through ${name(answer.stop)}: ${name(answer.stop)} does not lead towards ${name(answer.next)} on this map.`;
    case "blocked-by-constraints": {
      const options = question.via.length + question.avoid.length > 0;
      const text = options
        ? `There is no route from ${from} to ${to} with these options. Remove a stop or an avoided role to see more.`
        : `No route from ${from} to ${to} meets every requirement in order on this map.`;
      return `${text}${answer.incomplete ? " (The search stopped before it had tried every way.)" : ""}`;
    }
  }
}

/** What the live region says after a question is answered: the count and the drawn route, or why none. */
export function answerAnnouncement(
  index: GraphIndex | null,
  routeIndex: RouteIndex | null,
  question: RouteQuestion,
  answer: RouteAnswer | null,
  chosen: number,
): string {
  if (answer === null) return "";
  if (!answer.ok) return noRouteText(index, question, answer);
  const route = answer.routes[chosen];
  if (!route || !routeIndex) return "";
  const count = answer.routes.length;
  const found = count === 1 ? "1 route found." : `${count} routes found.`;
  const explanation = explainRoute(routeIndex, route, question.held, answer.requirements);
  return `${found} Route ${chosen + 1}: ${summarizeRoute(explanation)}.`;
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
