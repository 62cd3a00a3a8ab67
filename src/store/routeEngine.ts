import type { CareerGraph } from "../domain/careerGraph.ts";
import type { RouteQuestion } from "../domain/route/question.ts";
import type { RouteAnswer } from "../domain/route/types.ts";
import { loadOnce } from "./loadOnce.ts";

/**
 * The route search (routeAnswers.ts), loaded once; the app asks for it when the map is drawn, and a
 * question asked before that waits for it (docs/decisions/0018-first-view-bundle.md).
 */
const answers = loadOnce(() => import("./routeAnswers.ts"));

export const loadRouteEngine = answers.load;

/**
 * The answer to a question, or `undefined` while the search has not loaded and the question needs it
 * (both ends set); null when there is nothing to answer.
 */
export function answerIfLoaded(
  graph: CareerGraph | undefined,
  question: RouteQuestion,
): RouteAnswer | null | undefined {
  if (!graph || question.from === null || question.to === null) return null;
  return answers.loaded()?.answerRouteQuestion(graph, question);
}

/** Builds a graph's route index ahead, once the search has loaded; questions then find it built. */
export function prepareRouteIndex(graph: CareerGraph): void {
  answers.loaded()?.routeIndexFor(graph);
}
