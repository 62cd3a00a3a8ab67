export { type AskedQuestion, type FindOptions, findRoutes } from "./findRoutes.ts";
export * from "./question.ts";
export type { RouteIndex } from "./routeIndex.ts";
export { buildRouteIndex } from "./routeIndex.ts";
export type { NoRoute, NoRouteReason, Route, RouteAnswer, RouteCost, RoutesFound } from "./types.ts";
