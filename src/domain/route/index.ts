export type {
  NodeRef,
  Pay,
  RouteExplanation,
  RouteStep,
  RouteTotals,
  StepKind,
  Years,
} from "./explainRoute.ts";
export { explainRoute, payOf, summarizeRoute } from "./explainRoute.ts";
export { type AskedQuestion, type FindOptions, findRoutes } from "./findRoutes.ts";
export type { Need } from "./needs.ts";
export * from "./question.ts";
export type { Requirement } from "./requirements.ts";
export type { RouteIndex } from "./routeIndex.ts";
export { buildRouteIndex } from "./routeIndex.ts";
export * from "./routeWords.ts";
export type { NoRoute, NoRouteReason, Route, RouteAnswer, RouteCost, RoutesFound } from "./types.ts";
