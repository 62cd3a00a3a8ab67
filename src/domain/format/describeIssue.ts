import type { z } from "zod";
import { formatPath, type ValidationError } from "./validationError.ts";

type Issue = z.core.$ZodIssue;

/** What each field holds, so that a message can say what to write there. */
const FIELD_HINTS: Record<string, string> = {
  id: 'a unique id such as "physician-coder"',
  kind: 'the node kind, "position" or "credential"',
  level: "the id of one of the levels listed under `levels`",
  label: 'the short name drawn on the map, such as "Physician Coder"',
  name: 'the full name, such as "Certified Professional Coder"',
  summary: "a few sentences on what the role or credential is",
  source: "a link to where the fact comes from (https://…)",
  target: "the id of the node the path leads to",
  sources: "a list of links to where the summary's facts come from",
  text: "the fact, in your own words",
  title: "the map's title",
  version: "the format version, 1",
  basis:
    'why the path exists: { "kind": "sourced", "source": "https://…" } or { "kind": "inferred", "note": "…" }',
};

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  object: "an object",
  array: "a list",
  boolean: "true or false",
};

function hintFor(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  const hint = typeof last === "string" ? FIELD_HINTS[last] : undefined;
  return hint ? ` Write ${hint}.` : "";
}

function messageFor(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `is missing.${hintFor(issue.path)}`;
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}.${hintFor(issue.path)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${JSON.stringify(issue.input)?.slice(0, 60) ?? "nothing"}.`;
    case "too_big":
      return issue.origin === "string"
        ? `is longer than ${issue.maximum} characters; shorten it.`
        : issue.origin === "array"
          ? `has more than ${issue.maximum} entries, the most this app reads.`
          : `must be at most ${issue.maximum}.`;
    case "too_small":
      return issue.origin === "array"
        ? `needs at least ${issue.minimum} ${issue.minimum === 1 ? "entry" : "entries"}.${hintFor(issue.path)}`
        : `must be at least ${issue.minimum}.`;
    case "invalid_union":
      return `is not in a form this app reads.${hintFor(issue.path)}`;
    case "custom":
    case "invalid_format":
      return `${issue.message}.${hintFor(issue.path)}`;
    default:
      return `${issue.message}.`;
  }
}

/** Turns a zod issue into a message that says where the problem is and how to fix it. */
export function describeIssue(issue: Issue): ValidationError {
  return { path: formatPath(issue.path), message: messageFor(issue) };
}
