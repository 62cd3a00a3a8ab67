import type { CareerGraph } from "../../domain/careerGraph.ts";
import { LIMITS } from "../../domain/format/limits.ts";
import { decodeMapBytes, readCareerMapText } from "../../domain/format/readCareerMapFile.ts";
import type { ValidationError, ValidationResult } from "../../domain/format/validationError.ts";

const WHOLE = "(the whole file)";

type Read =
  | { readonly ok: true; readonly name: string; readonly text: string }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * Reads a picked file's text. The size is checked before a byte is read, so a huge file costs nothing
 * (docs/reliability.md R6); kind and encoding are decodeMapBytes' work. Never throws.
 */
async function readText(file: File): Promise<Read> {
  if (file.size > LIMITS.fileBytes) {
    const megabytes = LIMITS.fileBytes / 1024 / 1024;
    return {
      ok: false,
      errors: [
        { path: WHOLE, message: `${file.name} is larger than ${megabytes} MB, the most this app reads.` },
      ],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return {
      ok: false,
      errors: [{ path: WHOLE, message: `${file.name} could not be read. Pick it again.` }],
    };
  }
  const decoded = decodeMapBytes(bytes, file.name);
  return decoded.ok ? { ok: true, name: file.name, text: decoded.text } : decoded;
}

/**
 * A spreadsheet sheet: text that does not open like JSON, named .csv (or .tsv, .txt) or with separators
 * in its first line. The content decides before the name, so a map saved with the wrong extension opens.
 */
function isSheet(name: string, text: string): boolean {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
  if (/^[[{<]/.test(firstLine)) return false;
  return /\.(csv|tsv|txt)$/i.test(name) || /[,;\t]/.test(firstLine);
}

/** Reads one career map file the person picked. Never throws. */
export async function readMapFile(file: File): Promise<ValidationResult<CareerGraph>> {
  return readMapFiles([file]);
}

/**
 * Reads the file(s) a person picked or dropped: one .json map, or the .csv sheets of one map (one sheet,
 * or several such as nodes.csv and edges.csv). The CSV reader loads only when a sheet is opened, so it
 * does not grow the first download. Never throws.
 */
export async function readMapFiles(files: readonly File[]): Promise<ValidationResult<CareerGraph>> {
  const reads = await Promise.all(files.map(readText));
  const failed = reads.flatMap((read) => (read.ok ? [] : read.errors));
  if (failed.length > 0) return { ok: false, errors: failed };
  const texts = reads.flatMap((read) => (read.ok ? [read] : []));
  const [first] = texts;
  if (first === undefined) return { ok: false, errors: [{ path: WHOLE, message: "No file was picked." }] };
  const sheets = texts.every((read) => isSheet(read.name, read.text));
  if (!sheets && texts.length > 1) {
    return {
      ok: false,
      errors: [
        {
          path: WHOLE,
          message:
            "Pick one .json map, or the .csv sheets of one map together (such as nodes.csv and edges.csv), not a mix.",
        },
      ],
    };
  }
  if (!sheets) return readCareerMapText(first.text, first.name);
  const { readCareerMapSheets } = await import("../../domain/format/csv/readCareerMapCsv.ts");
  return readCareerMapSheets(texts.map(({ name, text }) => ({ name, text })));
}
