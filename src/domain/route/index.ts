export type { NodeRef, RouteExplanation, RouteStep, RouteTotals, StepKind } from "./explainRoute.ts";
export { explainRoute, summarizeRoute } from "./explainRoute.ts";
export { findRoutes } from "./findRoutes.ts";
export type { Requirement } from "./requirements.ts";
export type { RouteIndex } from "./routeIndex.ts";
export { buildRouteIndex } from "./routeIndex.ts";
export type { NoRoute, NoRouteReason, Route, RouteAnswer, RouteQuery, RoutesFound } from "./types.ts";
export { compareRoutes, MAX_ROUTES } from "./types.ts";
