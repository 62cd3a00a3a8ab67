import type { CareerGraph } from "../careerGraph.ts";
import { checkMeaning } from "./checkMeaning.ts";
import { describeIssue } from "./describeIssue.ts";
import { FORMAT_VERSION, LIMITS } from "./limits.ts";
import { careerGraphSchema } from "./schema.ts";
import type { ValidationError, ValidationResult } from "./validationError.ts";

/** The most errors reported for one file; the rest are counted in a final entry. */
export const MAX_REPORTED_ERRORS = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Recognises what a file is when it is not a career map, so the message can say so. */
function checkOuterShape(raw: unknown): ValidationError | undefined {
  const whole = "(the whole file)";
  const expected = "Expected an object with `version`, `title`, `levels`, `nodes` and `edges`";
  if (Array.isArray(raw)) return { path: whole, message: `${expected}, found a list.` };
  if (!isRecord(raw))
    return { path: whole, message: `${expected}, found ${raw === null ? "null" : typeof raw}.` };
  if ("elements" in raw && !("nodes" in raw)) {
    return {
      path: "elements",
      message:
        "This is a Cytoscape.js export, not a career map. Rename `elements.nodes`/`elements.edges` to top-level `nodes` and `edges`, and give each node a `kind`, `level`, `label` and `summary`.",
    };
  }
  if ("attributes" in raw && "options" in raw && Array.isArray(raw.nodes)) {
    return {
      path: whole,
      message:
        "This is a Graphology export, not a career map. Each node needs `id`, `kind`, `level`, `label` and `summary` instead of `key` and `attributes`.",
    };
  }
  if (!("version" in raw)) {
    return {
      path: "version",
      message: `is missing. Add "version": ${FORMAT_VERSION} at the top of the file.`,
    };
  }
  if (typeof raw.version === "number" && raw.version !== 1 && raw.version !== FORMAT_VERSION) {
    return {
      path: "version",
      message: `This file uses format version ${raw.version}; this app reads versions 1 and ${FORMAT_VERSION}.`,
    };
  }
  return undefined;
}

/** Refuses over-long lists before parsing them, so a huge file costs nothing to reject. */
function checkCounts(raw: Record<string, unknown>): ValidationError | undefined {
  for (const [key, limit] of [
    ["nodes", LIMITS.nodes],
    ["edges", LIMITS.edges],
  ] as const) {
    const list = raw[key];
    if (Array.isArray(list) && list.length > limit) {
      return {
        path: key,
        message: `has ${list.length.toLocaleString("en-US")} entries; this app reads at most ${limit.toLocaleString("en-US")}.`,
      };
    }
  }
  return undefined;
}

/** Keeps one error per place and message (a field can fail two checks that say the same thing) and caps the list. */
function capped(all: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  const errors = all.filter((error) => {
    const key = `${error.path}\n${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: "(the whole file)", message: `and ${rest} more problems not listed.` },
  ];
}

/**
 * Turns parsed JSON of unknown shape into a career graph, or the list of everything wrong with it.
 * Never throws; unknown keys are dropped; every error names its place in the file.
 */
export function validateCareerGraph(raw: unknown): ValidationResult<CareerGraph> {
  try {
    const outer = checkOuterShape(raw) ?? checkCounts(raw as Record<string, unknown>);
    if (outer) return { ok: false, errors: [outer] };
    const parsed = careerGraphSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: capped(parsed.error.issues.map(describeIssue)) };
    const meaning = checkMeaning(parsed.data);
    if (meaning.length > 0) return { ok: false, errors: capped(meaning) };
    return { ok: true, value: parsed.data };
  } catch (cause) {
    return {
      ok: false,
      errors: [{ path: "(the whole file)", message: `could not be checked: ${String(cause).slice(0, 200)}` }],
    };
  }
}
