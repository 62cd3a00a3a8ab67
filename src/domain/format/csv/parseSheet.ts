import Papa from "papaparse";

/** One sheet of a map: a CSV file's name and text. */
export interface Sheet {
  readonly name: string;
  readonly text: string;
}

export interface ParsedSheet {
  readonly name: string;
  /** Rows of cells, the header first; row `i` is the spreadsheet's row `i + 1`. */
  readonly rows: readonly (readonly string[])[];
  /** Problems of the CSV itself (an unclosed quote), by spreadsheet row. */
  readonly problems: readonly { row: number; message: string }[];
}

/**
 * Parses CSV as spreadsheets write it: quoted cells may hold commas, quotes and line breaks; a UTF-8
 * byte order mark is dropped; the separator is found from the text (comma, semicolon from European
 * settings, or tab). Rows are kept whole, empty ones too, so row numbers match the spreadsheet.
 */
export function parseSheet(sheet: Sheet): ParsedSheet {
  const text = sheet.text.charCodeAt(0) === 0xfeff ? sheet.text.slice(1) : sheet.text;
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: false,
  });
  const problems = result.errors
    .filter((error) => error.type !== "Delimiter")
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      message:
        error.type === "Quotes"
          ? 'has a quote that is never closed. A cell that starts with a double quote must end with one; write a quote inside a cell as two ("").'
          : error.message,
    }));
  return { name: sheet.name, rows: result.data, problems };
}
