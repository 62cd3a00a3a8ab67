import { PLAN_FORMAT, PLAN_VERSION, type Plan } from "./plan.ts";
import type { PlanDocument } from "./planSchema.ts";

// Apart from readPlan.ts, so saving a plan does not load the plan schema's validator.

/** The plan as a document: the inverse of readPlanText, so an exported plan reads back exactly. */
export function planDocument(plan: Plan): PlanDocument {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    map: { id: plan.mapId, title: plan.mapTitle },
    route:
      plan.route === null
        ? null
        : {
            ...plan.route,
            held: [...plan.route.held],
            via: [...plan.route.via],
            avoid: [...plan.route.avoid],
          },
    nodes: [...plan.entries].map(([id, entry]) => ({ id, ...entry })),
  };
}

export function writePlanText(plan: Plan): string {
  return JSON.stringify(planDocument(plan), null, 2);
}
