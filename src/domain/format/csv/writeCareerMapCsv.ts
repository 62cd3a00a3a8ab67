import Papa from "papaparse";
import type { CareerGraph } from "../../careerGraph.ts";
import { writeCell } from "./cells.ts";
import { COLUMNS, FIELDS, type RowGroup } from "./columns.ts";
import { unfoldRequires } from "./requiresColumns.ts";

type Row = Record<string, string>;

function valueAt(entry: unknown, path: readonly string[]): unknown {
  let at = entry;
  for (const key of path)
    at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function rowOf(kind: string, group: RowGroup, entry: unknown): Row {
  const row: Row = { kind };
  for (const field of FIELDS[group]) row[field.column] = writeCell(valueAt(entry, field.path), field.cell);
  return row;
}

function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((c) => row[c] ?? "")) }, { newline: "\r\n" })}\r\n`;
}

function rowsOf(graph: CareerGraph): { nodes: Row[]; edges: Row[] } {
  const nodes = [
    rowOf("map", "map", graph),
    ...graph.levels.map((level) => rowOf("level", "level", level)),
    ...graph.issuers.map((issuer) => rowOf("issuer", "issuer", issuer)),
    ...graph.nodes.map((node) => rowOf(node.kind, "node", unfoldRequires(node))),
  ];
  return { nodes, edges: graph.edges.map((edge) => rowOf(edge.kind, "edge", edge)) };
}

const columnsOf = (groups: readonly RowGroup[]) =>
  COLUMNS.filter(
    (column) => column === "kind" || groups.some((g) => FIELDS[g].some((f) => f.column === column)),
  );

/** The whole map as one sheet: a row per level, issuer, node and path, every column. */
export function writeCareerMapCsv(graph: CareerGraph): string {
  const { nodes, edges } = rowsOf(graph);
  return toCsv([...nodes, ...edges], COLUMNS);
}

/** The map as two sheets, each with only its own columns: the map, levels, issuers and nodes; and the paths. */
export function writeCareerMapSheets(graph: CareerGraph): { nodes: string; edges: string } {
  const { nodes, edges } = rowsOf(graph);
  return {
    nodes: toCsv(nodes, columnsOf(["map", "level", "issuer", "node"])),
    edges: toCsv(edges, columnsOf(["edge"])),
  };
}
