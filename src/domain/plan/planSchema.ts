import { z } from "zod";
import "../format/schema.ts"; // sets zod's jitless mode (no eval under the CSP) before these schemas exist
import { idSchema } from "../format/schema.ts";
import { PLAN_FORMAT, PLAN_LIMITS, PLAN_MARKS, PLAN_VERSION } from "./plan.ts";

const isTimestamp = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
const timestamp = z
  .string()
  .max(40)
  .refine(isTimestamp, { message: "must be a date and time such as 2026-11-29T10:00:00.000Z" });
const idList = z.array(idSchema).max(PLAN_LIMITS.listIds);

export const planRouteSchema = z.object({
  from: idSchema.nullable(),
  to: idSchema.nullable(),
  held: idList,
  via: idList,
  avoid: idList,
  rank: z.int().min(0).max(4),
});

export const planEntrySchema = z.object({
  id: idSchema,
  mark: z.enum(PLAN_MARKS).optional(),
  markedAt: timestamp.optional(),
  note: z.string().max(PLAN_LIMITS.noteLength).optional(),
  changedAt: timestamp,
});

/** The plan as written to storage and to "Export my plan" files. */
export const planDocumentSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  map: z.object({ id: z.string().min(1).max(100), title: z.string().max(200) }),
  route: planRouteSchema.nullable(),
  nodes: z.array(planEntrySchema).max(PLAN_LIMITS.entries),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
