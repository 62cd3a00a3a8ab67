import { EDGE_KINDS, NODE_KINDS } from "../kinds.ts";

/** How a cell holds its value: text as is, a number, links one per line, or JSON for nested details. */
export type CellType = "text" | "number" | "links" | "json";

/** One column of the spreadsheet: its header and where its value goes in the map's JSON. */
export interface Field {
  readonly column: string;
  readonly path: readonly string[];
  readonly cell: CellType;
}

const field = (column: string, path: string, cell: CellType = "text"): Field => ({
  column,
  path: path.split("."),
  cell,
});

/** The kinds of row: the map itself, its levels and issuers, its nodes and its advancement paths. */
export type RowGroup = "map" | "level" | "issuer" | "node" | "edge";

export const ROW_KINDS: readonly string[] = ["map", "level", "issuer", ...NODE_KINDS, ...EDGE_KINDS];

export function groupOf(kind: string): RowGroup | undefined {
  if (kind === "map" || kind === "level" || kind === "issuer") return kind;
  if ((NODE_KINDS as readonly string[]).includes(kind)) return "node";
  if ((EDGE_KINDS as readonly string[]).includes(kind)) return "edge";
  return undefined;
}

/** Nested details that a hand-filled sheet rarely needs, written as the same JSON as in a .json map. */
const JSON_FIELDS = [
  "requirements",
  "fees",
  "figures",
  "exam",
  "prerequisites",
  "apprentice",
  "upkeep",
  "settings",
];

export const FIELDS: Readonly<Record<RowGroup, readonly Field[]>> = {
  map: [
    field("label", "title"),
    field("summary", "description"),
    field("internal note", "internal.note"),
    field("url", "$schema"),
  ],
  level: [field("id", "id"), field("label", "label")],
  issuer: [field("id", "id"), field("label", "label"), field("name", "name"), field("url", "url")],
  node: [
    field("id", "id"),
    field("label", "label"),
    field("name", "name"),
    field("level", "level"),
    field("issuer", "issuer"),
    field("summary", "summary"),
    field("sources", "sources", "links"),
    field("internal note", "internal.note"),
    // Credential groups in plain words (requiresColumns.ts); the row's temporary `requires` key.
    field("requires", "requires.groups"),
    field("requires basis", "requires.basis.kind"),
    field("requires source", "requires.basis.source"),
    field("requires note", "requires.basis.note"),
    ...JSON_FIELDS.map((name) => field(name, name, "json")),
  ],
  edge: [
    field("id", "id"),
    field("source", "source"),
    field("target", "target"),
    field("basis", "basis.kind"),
    field("basis source", "basis.source"),
    field("basis note", "basis.note"),
    field("time min years", "time.minYears", "number"),
    field("time max years", "time.maxYears", "number"),
    field("time basis", "time.basis.kind"),
    field("time source", "time.basis.source"),
    field("time note", "time.basis.note"),
  ],
};

/** Every column in the order a sheet lists them: what a row is first, the nested JSON last. */
export const COLUMNS: readonly string[] = [
  "kind",
  ...new Set(
    [FIELDS.node, FIELDS.map, FIELDS.issuer, FIELDS.edge]
      .flat()
      .filter((f) => f.cell !== "json")
      .map((f) => f.column),
  ),
  ...JSON_FIELDS,
];

/** Headers match whatever a spreadsheet does to case, spaces, dots, dashes and underscores. */
export const normaliseHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, " ");

/** "A" for the first column, "AA" for the 27th, as a spreadsheet labels them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
