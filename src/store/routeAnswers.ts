import type { CareerGraph } from "../domain/careerGraph.ts";
import { findRoutes } from "../domain/route/findRoutes.ts";
import { MAX_ROUTES, type RouteQuestion } from "../domain/route/question.ts";
import { buildRouteIndex } from "../domain/route/routeIndex.ts";
import type { RouteAnswer } from "../domain/route/types.ts";
import { perGraph } from "./perGraph.ts";

// The route search, loaded on first use (routeEngine.ts): the first view asks no route.

/** Route indexes are built once per graph object; building is cheap but queries come on every keystroke. */
export const routeIndexFor = perGraph(buildRouteIndex);

export function answerRouteQuestion(
  graph: CareerGraph | undefined,
  question: RouteQuestion,
): RouteAnswer | null {
  const { from, to } = question;
  if (!graph || from === null || to === null) return null;
  return findRoutes(routeIndexFor(graph), { ...question, from, to }, { k: MAX_ROUTES });
}
