import type { z } from "zod";
import { quote } from "./loose.ts";
import { Suggester } from "./suggest.ts";
import type { Problem } from "./validationError.ts";

type Issue = z.core.$ZodIssue;

const LINK = "a link to where the fact comes from (https://…)";
const YEARS = new Set(["years", "minYears", "maxYears"]);

/** What each field holds, so that a message can say what to write there. */
const FIELD_HINTS: Record<string, string> = {
  id: 'a unique id such as "physician-coder"',
  kind: 'the node kind, "position" or "credential"',
  level: "the id of one of the levels listed under `levels`",
  label: 'the short name drawn on the map, such as "Physician Coder"',
  name: 'the full name, such as "Certified Professional Coder"',
  summary: "a few sentences on what the role or credential is",
  source: LINK,
  sources: "a list of links to where the summary's facts come from",
  text: "the fact, in your own words",
  title: "the map's title",
  version: "the format version, 2",
  basis: 'why: { "kind": "sourced", "source": "https://…" } or { "kind": "inferred", "note": "…" }',
  note: "the reasoning, in a sentence",
  oneOf: 'a list of credential ids, any one of which is enough, such as ["rhia", "rhit"]',
  years: "the years of experience, such as 2 (0.5 is six months)",
  minYears: "the fewest years, such as 2 (0.5 is six months)",
  maxYears: "the most years, such as 4",
  amount: "the price, such as 399",
  currency: 'a three-letter currency code such as "USD"',
  year: "the year it applies to, such as 2025",
  member: "true for the members' price, false for non-members'",
};

/** Fields of an advancement path, whose `source` is a node id rather than a link. */
const EDGE_HINTS: Record<string, string> = {
  kind: 'the path kind: "advances-to", "lateral", "qualifies-for" or "prepares-for"',
  source: "the id of the node the path starts from",
  target: "the id of the node the path leads to",
};

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object" || typeof value === "undefined") return `an ${typeof value}`;
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
  if (typeof last !== "string") return "";
  const onEdge = path[0] === "edges" && path.length === 3;
  const hint = (onEdge ? EDGE_HINTS[last] : undefined) ?? FIELD_HINTS[last];
  return hint ? ` Write ${hint}.` : "";
}

function didYouMean(input: unknown, options: readonly unknown[]): string {
  if (typeof input !== "string") return "";
  return new Suggester(options.filter((o): o is string => typeof o === "string")).hint(input);
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  if (issue.origin === "array")
    return `needs at least ${issue.minimum} ${issue.minimum === 1 ? "entry" : "entries"}.${hintFor(issue.path)}`;
  const last = issue.path.at(-1);
  if (issue.minimum === 0 && typeof last === "string" && YEARS.has(last))
    return `is ${String(issue.input)}, but years cannot be negative. Write 0 or more (0.5 is six months).`;
  if (issue.minimum === 0) return `is ${String(issue.input)}, but it cannot be negative. Write 0 or more.`;
  return `must be at least ${issue.minimum}.`;
}

function messageFor(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `is missing.${hintFor(issue.path)}`;
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}.${hintFor(issue.path)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${JSON.stringify(issue.input)?.slice(0, 60) ?? "nothing"}.${didYouMean(issue.input, issue.values)}`;
    case "too_big":
      return issue.origin === "string"
        ? `is longer than ${issue.maximum} characters; shorten it.`
        : issue.origin === "array"
          ? `has more than ${issue.maximum} entries, the most this app reads.`
          : `must be at most ${issue.maximum}.`;
    case "too_small":
      return tooSmall(issue);
    case "invalid_union":
      return unionMessage(issue);
    case "invalid_format":
      if (issue.path.at(-1) === "currency" && typeof issue.input === "string") {
        const upper = issue.input.trim().toUpperCase();
        return `${quote(issue.input)} ${issue.message}.${/^[A-Z]{3}$/.test(upper) ? ` Did you mean "${upper}"?` : ""}`;
      }
      return `${issue.message}.${hintFor(issue.path)}`;
    case "custom":
      return `${issue.message}.${hintFor(issue.path)}`;
    default:
      return `${issue.message}.`;
  }
}

/** A discriminated union (a basis) names its wrong `kind`; other unions fall back to the field hint. */
function unionMessage(issue: Extract<Issue, { code: "invalid_union" }>): string {
  if ("discriminator" in issue && "options" in issue && Array.isArray(issue.options)) {
    const options: readonly unknown[] = issue.options;
    const key = String(issue.discriminator);
    const found = (issue.input as Record<string, unknown> | undefined)?.[key];
    const expected = options.map((o) => JSON.stringify(o)).join(" or ");
    if (found === undefined) return `is missing. Write ${expected}.`;
    return `is ${JSON.stringify(found)?.slice(0, 60)}; expected ${expected}.${didYouMean(found, options)}`;
  }
  return `is not in a form this app reads.${hintFor(issue.path)}`;
}

/** Turns a zod issue into a problem that says where it is and how to fix it. */
export function describeIssue(issue: Issue): Problem {
  return {
    keys: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
    message: messageFor(issue),
  };
}
