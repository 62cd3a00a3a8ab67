import type { CellType } from "./columns.ts";

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so
 * a map's text could run in someone's Excel. Such cells are written with a leading apostrophe, which
 * spreadsheets hide and this reader removes; a cell that already starts with apostrophes before such a
 * character gets one more, so every text reads back exactly as written.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

export const protectCell = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);
export const unprotectCell = (text: string): string =>
  FORMULA.test(text) && text.startsWith("'") ? text.slice(1) : text;

/** A decimal as people type it (a comma may be the decimal mark, as in European settings) or as JavaScript writes it (1e-7). */
const DECIMAL = /^\s*-?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?\s*$/i;

export type CellValue = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads a cell of the given type; an empty cell is absent. Text that is not a number stays text, so the validator names it. */
export function readCell(raw: string, type: CellType): CellValue | undefined {
  if (raw === "") return undefined;
  const text = unprotectCell(raw);
  switch (type) {
    case "text":
      return { ok: true, value: text };
    case "number":
      return { ok: true, value: DECIMAL.test(text) ? Number(text.trim().replace(",", ".")) : text };
    case "links":
      if (text.trimStart().startsWith("[")) return parseJson(text);
      return { ok: true, value: text.split(/\r?\n/).filter((line) => line.trim() !== "") };
    case "json":
      return parseJson(text);
  }
}

function parseJson(text: string): CellValue {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 80) : "";
    return {
      ok: false,
      message: `is not valid JSON (${reason}). Write the same JSON as in a .json map, or leave it empty.`,
    };
  }
}

/** Writes a value as a cell of the given type; `undefined` is an empty cell. */
export function writeCell(value: unknown, type: CellType): string {
  if (value === undefined) return "";
  if (type === "text" || type === "number") return protectCell(String(value));
  if (type === "links") {
    const links = value as readonly string[];
    // One link per line, unless a link holds a line break or is blank: then the list is written as JSON.
    const plain = links.every((link) => !/[\r\n]/.test(link) && link.trim() !== "");
    return protectCell(plain ? links.join("\n") : JSON.stringify(links));
  }
  return protectCell(JSON.stringify(value));
}
