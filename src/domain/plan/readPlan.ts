import { describeIssue } from "../format/describeIssue.ts";
import { formatPath, type ValidationError } from "../format/validationError.ts";
import { PLAN_FORMAT, PLAN_VERSION, type Plan, type PlanEntry } from "./plan.ts";
import { type PlanDocument, planDocumentSchema } from "./planSchema.ts";

const WHOLE = "(the whole file)";

/**
 * Why a stored or imported plan could not be used:
 * - `unreadable`: not JSON, not a plan, or a plan with broken parts (the errors say where);
 * - `newer`: written by a later version of the app, which this one cannot read but must not overwrite;
 * - `older`: written before plans carried a version this app knows how to bring up to date;
 * - `other-map`: a good plan, but for another map than the one asked for.
 */
export type PlanProblem = "unreadable" | "newer" | "older" | "other-map";

export type PlanReading =
  | { readonly ok: true; readonly plan: Plan }
  | {
      readonly ok: false;
      readonly problem: PlanProblem;
      readonly errors: readonly ValidationError[];
      /** For `other-map`: the title of the map the plan belongs to. */
      readonly mapTitle?: string;
    };

function fail(problem: PlanProblem, message: string, path = WHOLE): PlanReading {
  return { ok: false, problem, errors: [{ path, message }] };
}

function fromDocument(document: PlanDocument): PlanReading {
  const entries = new Map<string, PlanEntry>();
  for (const [i, { id, mark, markedAt, note, changedAt }] of document.nodes.entries()) {
    if (entries.has(id)) {
      return fail("unreadable", `"${id.slice(0, 60)}" is listed twice; keep one of them.`, `nodes[${i}].id`);
    }
    entries.set(id, {
      ...(mark === undefined ? {} : { mark }),
      ...(markedAt === undefined ? {} : { markedAt }),
      ...(note === undefined ? {} : { note }),
      changedAt,
    });
  }
  return {
    ok: true,
    plan: { mapId: document.map.id, mapTitle: document.map.title, route: document.route, entries },
  };
}

/** The version a plan document says it has, or null if it names none. */
function versionOf(raw: unknown): number | null {
  if (typeof raw !== "object" || raw === null || !("version" in raw)) return null;
  return typeof raw.version === "number" ? raw.version : null;
}

/**
 * Reads a plan from stored or imported text; with `mapId`, only a plan for that map is accepted.
 * Never throws. Unknown keys are dropped; ids the map may not have are kept.
 */
export function readPlanText(text: string, mapId?: string): PlanReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail("unreadable", "is not valid JSON: the saved text is cut off or damaged.");
  }
  const isPlan = typeof raw === "object" && raw !== null && "format" in raw && raw.format === PLAN_FORMAT;
  if (!isPlan) return fail("unreadable", 'is not a Career Map plan (no "format": "career-map-plan").');
  const version = versionOf(raw);
  if (version !== null && version > PLAN_VERSION) {
    return fail(
      "newer",
      `was saved by a newer version of Career Map (plan version ${version}); this one reads version ${PLAN_VERSION}.`,
    );
  }
  if (version !== PLAN_VERSION) {
    return fail("older", `has no plan version this app can bring up to date (found ${String(version)}).`);
  }
  const parsed = planDocumentSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problem: "unreadable",
      errors: parsed.error.issues
        .map(describeIssue)
        .map(({ keys, message }) => ({ path: formatPath(keys), message })),
    };
  const reading = fromDocument(parsed.data);
  if (reading.ok && mapId !== undefined && reading.plan.mapId !== mapId) {
    const title = reading.plan.mapTitle;
    return {
      ok: false,
      problem: "other-map",
      errors: [{ path: WHOLE, message: `is a plan for the map “${title}”, not for the map shown.` }],
      mapTitle: title,
    };
  }
  return reading;
}
