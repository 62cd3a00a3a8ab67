import type { CareerGraph } from "../domain/careerGraph.ts";
import type { RouteQuestion } from "../domain/route/question.ts";
import type { RouteAnswer } from "../domain/route/types.ts";

type Answers = typeof import("./routeAnswers.ts");

let answers: Answers | null = null;
let loading: Promise<Answers> | null = null;

/**
 * Loads the route search (routeAnswers.ts), once; the app asks for it when the map is drawn, and a question
 * asked before that waits for it (docs/decisions/0018-first-view-bundle.md). A failed load is tried again.
 */
export function loadRouteEngine(): Promise<Answers> {
  loading ??= import("./routeAnswers.ts").then(
    (module) => {
      answers = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The answer to a question, or `undefined` while the search has not loaded and the question needs it
 * (both ends set); null when there is nothing to answer.
 */
export function answerIfLoaded(
  graph: CareerGraph | undefined,
  question: RouteQuestion,
): RouteAnswer | null | undefined {
  if (!graph || question.from === null || question.to === null) return null;
  return answers ? answers.answerRouteQuestion(graph, question) : undefined;
}
