import type { CareerGraph } from "../careerGraph.ts";
import { checkMeaning } from "./checkMeaning.ts";
import { describeIssue } from "./describeIssue.ts";
import { FORMAT_VERSION, LIMITS } from "./limits.ts";
import { asRecord, type Loose } from "./loose.ts";
import { careerGraphSchema } from "./schema.ts";
import { subjectOf } from "./subject.ts";
import {
  formatPath,
  type Locate,
  type Problem,
  type ValidationError,
  type ValidationResult,
} from "./validationError.ts";

/** The most errors reported for one file; the rest are counted in a final entry. */
export const MAX_REPORTED_ERRORS = 100;

const WHOLE = "(the whole file)";

/** Recognises what a file is when it is not a career map, so the message can say so. */
function checkOuterShape(raw: unknown): ValidationError | undefined {
  const expected = "Expected an object with `version`, `title`, `levels`, `nodes` and `edges`";
  if (Array.isArray(raw)) return { path: WHOLE, message: `${expected}, found a list.` };
  const record = asRecord(raw);
  if (!record) return { path: WHOLE, message: `${expected}, found ${raw === null ? "null" : typeof raw}.` };
  if ("elements" in record && !("nodes" in record)) {
    return {
      path: "elements",
      message:
        "This is a Cytoscape.js export, not a career map. Rename `elements.nodes`/`elements.edges` to top-level `nodes` and `edges`, and give each node a `kind`, `level`, `label` and `summary`.",
    };
  }
  if ("attributes" in record && "options" in record && Array.isArray(record.nodes)) {
    return {
      path: WHOLE,
      message:
        "This is a Graphology export, not a career map. Each node needs `id`, `kind`, `level`, `label` and `summary` instead of `key` and `attributes`.",
    };
  }
  if (typeof record.version === "number" && record.version !== 1 && record.version !== FORMAT_VERSION) {
    return {
      path: "version",
      message: `This file uses format version ${record.version}; this app reads versions 1 and ${FORMAT_VERSION}.`,
    };
  }
  return undefined;
}

/** Refuses over-long lists before parsing them, so a huge file costs nothing to reject. */
function checkCounts(raw: Loose): ValidationError | undefined {
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

const SECTIONS = ["$schema", "version", "title", "description", "levels", "issuers", "nodes", "edges"];

/** File order: by section, then by entry; problems within one entry keep the order they were found. */
function byPlaceInFile(a: Problem, b: Problem): number {
  const rank = (p: Problem) => SECTIONS.indexOf(String(p.keys[0]));
  const index = (p: Problem) => (typeof p.keys[1] === "number" ? p.keys[1] : -1);
  return rank(a) - rank(b) || index(a) - index(b);
}

/** Keeps one error per place and message (a field can fail two checks that say the same thing) and caps the list. */
function report(problems: readonly Problem[], raw: Loose, locate: Locate | undefined): ValidationError[] {
  const seen = new Set<string>();
  const unique: { path: string; problem: Problem }[] = [];
  for (const problem of [...problems].sort(byPlaceInFile)) {
    const path = formatPath(problem.keys);
    const key = `${path}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ path, problem });
  }
  const errors: ValidationError[] = unique.slice(0, MAX_REPORTED_ERRORS).map(({ path, problem }) => {
    const subject = subjectOf(raw, problem.keys);
    const place = locate?.(problem.keys);
    return {
      path,
      message: problem.message,
      ...(subject === undefined ? {} : { subject }),
      ...(place === undefined ? {} : { place }),
    };
  });
  const rest = unique.length - errors.length;
  if (rest > 0) errors.push({ path: WHOLE, message: `and ${rest} more problems not listed.` });
  return errors;
}

/**
 * Turns parsed JSON of unknown shape into a career graph, or the list of everything wrong with it: shape
 * and meaning are checked in the same pass. Never throws; unknown keys are dropped; every error names its
 * place (and, given `locate`, its line and column in the file).
 */
export function validateCareerGraph(raw: unknown, locate?: Locate): ValidationResult<CareerGraph> {
  try {
    const outer = checkOuterShape(raw) ?? checkCounts(raw as Loose);
    if (outer) return { ok: false, errors: [outer] };
    const record = raw as Loose;
    const noVersion = !("version" in record);
    const parsed = careerGraphSchema.safeParse(noVersion ? { ...record, version: FORMAT_VERSION } : record, {
      reportInput: true,
    });
    const problems: Problem[] = [
      ...(noVersion
        ? [
            {
              keys: ["version"],
              message: `is missing. Add "version": ${FORMAT_VERSION} at the top of the file.`,
            },
          ]
        : []),
      ...(parsed.success ? [] : parsed.error.issues.map(describeIssue)),
      ...checkMeaning(record),
    ];
    if (problems.length > 0) return { ok: false, errors: report(problems, record, locate) };
    if (!parsed.success) throw new Error("the schema failed without a reason");
    return { ok: true, value: parsed.data };
  } catch (cause) {
    return {
      ok: false,
      errors: [{ path: WHOLE, message: `could not be checked: ${String(cause).slice(0, 200)}` }],
    };
  }
}
