import { FORMAT_VERSION } from "../limits.ts";
import { quote } from "../loose.ts";
import { Suggester } from "../suggest.ts";
import type { PathKey, ValidationError } from "../validationError.ts";
import { readCell } from "./cells.ts";
import {
  COLUMNS,
  columnLetter,
  FIELDS,
  type Field,
  groupOf,
  normaliseHeader,
  ROW_KINDS,
  type RowGroup,
} from "./columns.ts";
import type { ParsedSheet } from "./parseSheet.ts";
import { foldRequires } from "./requiresColumns.ts";

/** Where an entry of the map came from: its sheet, its row and the sheet's columns. */
export interface RowOrigin {
  readonly sheet: string;
  readonly row: number;
  readonly columns: ReadonlyMap<string, number>;
  /** The row's credential groups came from the plain-words `requires` columns. */
  readonly requires?: boolean;
}

export interface Assembled {
  readonly raw: Record<string, unknown>;
  /** Origins of `levels[i]`, `issuers[i]`, `nodes[i]`, `edges[i]` and of the map row, by section. */
  readonly origins: ReadonlyMap<string, readonly RowOrigin[]>;
  readonly errors: readonly ValidationError[];
  /** A sheet had no "kind" column: its rows could not be read, so the map's own checks would only add noise. */
  readonly unreadable: boolean;
}

const SECTION: Record<RowGroup, string> = {
  map: "map",
  level: "levels",
  issuer: "issuers",
  node: "nodes",
  edge: "edges",
};
const KNOWN = new Set(COLUMNS);

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next === "object" && next !== null) at = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      at[key] = created;
      at = created;
    }
  }
  const last = path.at(-1);
  if (last !== undefined) at[last] = value;
}

export function placeOf(origin: RowOrigin, column?: string): string {
  const index = column === undefined ? undefined : origin.columns.get(column);
  const cell = index === undefined ? "" : `, column ${columnLetter(index)} (${column})`;
  return `${origin.sheet}, row ${origin.row}${cell}`;
}

/** Reads the header row: every column known, none twice, and a "kind" column. */
function readHeader(sheet: ParsedSheet, errors: ValidationError[]): Map<string, number> | undefined {
  const columns = new Map<string, number>();
  const header = sheet.rows[0] ?? [];
  const suggester = new Suggester(COLUMNS);
  header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name === "") return;
    const place = `${sheet.name}, row 1, column ${columnLetter(index)}`;
    if (!KNOWN.has(name)) {
      errors.push({
        path: "(columns)",
        place,
        message: `${quote(cell)} is not a column this app reads; its cells would be lost.${suggester.hint(name)} The columns are: ${COLUMNS.join(", ")}.`,
      });
    } else if (columns.has(name)) {
      errors.push({
        path: "(columns)",
        place,
        message: `${quote(cell)} is a second "${name}" column. Keep one.`,
      });
    } else columns.set(name, index);
  });
  if (!columns.has("kind")) {
    errors.push({
      path: "(columns)",
      place: `${sheet.name}, row 1`,
      message:
        'has no "kind" column. The first row names the columns, and each row says in "kind" what it is: map, level, issuer, position, credential, or a path kind such as advances-to.',
    });
    return undefined;
  }
  return columns;
}

/**
 * Builds a map's JSON from the rows of one or more sheets: each row's "kind" says what it is (the map
 * itself, a level, an issuer, a node or a path) and its cells fill that entry's fields (see columns.ts).
 * Problems of the sheets themselves are returned; the map's own rules are the validator's.
 */
export function sheetsToMap(sheets: readonly ParsedSheet[]): Assembled {
  const errors: ValidationError[] = [];
  const sections: Record<string, Record<string, unknown>[]> = {
    map: [],
    levels: [],
    issuers: [],
    nodes: [],
    edges: [],
  };
  const origins = new Map<string, RowOrigin[]>(Object.keys(sections).map((key) => [key, []]));
  const kinds = new Suggester(ROW_KINDS);
  let unreadable = false;
  for (const sheet of sheets) {
    for (const problem of sheet.problems)
      errors.push({ path: "(cells)", place: `${sheet.name}, row ${problem.row}`, message: problem.message });
    const columns = readHeader(sheet, errors);
    if (!columns) {
      unreadable = true;
      continue;
    }
    const kindColumn = columns.get("kind") ?? 0;
    sheet.rows.slice(1).forEach((cells, i) => {
      const row = i + 2;
      if (cells.every((cell) => cell.trim() === "")) return;
      const origin: RowOrigin = { sheet: sheet.name, row, columns };
      const kind = (cells[kindColumn] ?? "").trim();
      const group = groupOf(kind);
      if (group === undefined) {
        errors.push({
          path: "kind",
          place: placeOf(origin, "kind"),
          message:
            kind === ""
              ? `is empty. Write what the row is: ${ROW_KINDS.join(", ")}.`
              : `${quote(kind)} is not a kind of row this app reads (${ROW_KINDS.join(", ")}).${kinds.hint(kind)}`,
        });
        return;
      }
      const entry: Record<string, unknown> = group === "node" || group === "edge" ? { kind } : {};
      for (const field of FIELDS[group]) {
        const index = columns.get(field.column);
        const cell = readCell(index === undefined ? "" : (cells[index] ?? ""), field.cell);
        if (cell === undefined) continue;
        if (cell.ok) setPath(entry, field.path, cell.value);
        else errors.push({ path: field.column, place: placeOf(origin, field.column), message: cell.message });
      }
      const requires = entry.requires !== undefined;
      const folded = foldRequires(entry);
      if (folded) errors.push({ path: "requires", place: placeOf(origin, "requires"), message: folded });
      sections[SECTION[group]]?.push(entry);
      origins.get(SECTION[group])?.push(requires ? { ...origin, requires } : origin);
    });
  }
  const map = sections.map?.[0];
  for (const origin of (origins.get("map") ?? []).slice(1)) {
    errors.push({
      path: "kind",
      place: placeOf(origin, "kind"),
      message: 'is a second "map" row; the sheets describe one map. Keep one.',
    });
  }
  const raw: Record<string, unknown> = {
    version: FORMAT_VERSION,
    ...map,
    levels: sections.levels,
    issuers: sections.issuers,
    nodes: sections.nodes,
    edges: sections.edges,
  };
  return { raw, origins, errors, unreadable };
}

/** The field whose column holds the value at `rest` (the keys inside one entry), or that starts it. */
export function fieldAt(group: RowGroup, rest: readonly PathKey[]): Field | undefined {
  const fields = FIELDS[group];
  const within = fields.find((f) => f.path.every((key, i) => rest[i] === key));
  return within ?? fields.find((f) => rest.every((key, i) => f.path[i] === key) && rest.length > 0);
}
