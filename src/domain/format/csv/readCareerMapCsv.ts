import type { CareerGraph } from "../../careerGraph.ts";
import { validateCareerGraph } from "../validateCareerGraph.ts";
import type { Locate, PathKey, ValidationError, ValidationResult } from "../validationError.ts";
import type { RowGroup } from "./columns.ts";
import { parseSheet, type Sheet } from "./parseSheet.ts";
import { fieldAt, placeOf, type RowOrigin, sheetsToMap } from "./sheetsToMap.ts";

const GROUP_OF_SECTION: Record<string, RowGroup> = {
  levels: "level",
  issuers: "issuer",
  nodes: "node",
  edges: "edge",
};
const MISSING_ROWS: Record<string, string> = {
  title: 'no row of kind "map": add one with the map\'s title under "label"',
  levels: 'no rows of kind "level": add one per level, lowest first',
};

/** The plain-words column a credential group's problem sits in, when the row used them. */
function requiresColumn(rest: readonly PathKey[]): string | undefined {
  if (rest[0] !== "requirements" || rest[1] !== "credentials") return fieldAt("node", rest)?.column;
  if (rest[3] !== "basis") return "requires";
  return rest[4] === "source" ? "requires source" : rest[4] === "note" ? "requires note" : "requires basis";
}

/** A missing basis is a cell in a sheet, not a JSON object: say what to write in it. */
function inSheetWords(error: ValidationError): ValidationError {
  if (!/\.basis$/.test(error.path) || !error.message.startsWith("is missing")) return error;
  return {
    ...error,
    message: 'is missing. Write "sourced" (with the link in the source column) or "inferred" (with a note).',
  };
}

/** Says which sheet, row and column a path of the assembled map came from. */
function locateInSheets(origins: ReadonlyMap<string, readonly RowOrigin[]>): Locate {
  return (keys: readonly PathKey[]) => {
    const [section, index, ...rest] = keys;
    const group = GROUP_OF_SECTION[String(section)];
    if (group !== undefined && typeof index === "number") {
      const origin = origins.get(String(section))?.[index];
      return origin && placeOf(origin, origin.requires ? requiresColumn(rest) : fieldAt(group, rest)?.column);
    }
    const mapRow = origins.get("map")?.[0];
    if (mapRow && typeof section === "string") return placeOf(mapRow, fieldAt("map", [section])?.column);
    return MISSING_ROWS[String(section)];
  };
}

/**
 * Reads a career map from spreadsheet sheets saved as CSV: one sheet with every row, or several (such as
 * a nodes sheet and a paths sheet) picked together. The map is checked like a .json map, in one pass,
 * and every problem names its sheet, row and column. Never throws.
 */
export function readCareerMapSheets(sheets: readonly Sheet[]): ValidationResult<CareerGraph> {
  const ordered = [...sheets].sort((a, b) => a.name.localeCompare(b.name));
  const { raw, origins, errors, unreadable } = sheetsToMap(ordered.map(parseSheet));
  if (unreadable) return { ok: false, errors };
  const checked = validateCareerGraph(raw, locateInSheets(origins));
  const result: ValidationResult<CareerGraph> = checked.ok
    ? checked
    : { ok: false, errors: checked.errors.map(inSheetWords) };
  if (errors.length === 0) return result;
  // Problems of the sheets and of the map, together in the order a person reads the sheets.
  const rank = (error: ValidationError) => {
    const [, sheet = "", row = "0"] = /^(.*), row (\d+)/.exec(error.place ?? "") ?? [];
    return [ordered.findIndex((s) => s.name === sheet), Number(row)] as const;
  };
  const all = [...errors, ...(result.ok ? [] : result.errors)];
  const sorted = all
    .map((error) => ({ error, at: rank(error) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map(({ error }) => error);
  return { ok: false, errors: sorted };
}
