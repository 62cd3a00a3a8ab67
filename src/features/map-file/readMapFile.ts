import type { CareerGraph } from "../../domain/careerGraph.ts";
import { LIMITS } from "../../domain/format/limits.ts";
import { readCareerMapBytes } from "../../domain/format/readCareerMapFile.ts";
import type { ValidationResult } from "../../domain/format/validationError.ts";

const WHOLE = "(the whole file)";

/**
 * Reads a career map file the person picked. The size is checked before a byte is read, so a huge file
 * costs nothing (docs/reliability.md R6); everything else is readCareerMapBytes' work. Never throws.
 */
export async function readMapFile(file: File): Promise<ValidationResult<CareerGraph>> {
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
  return readCareerMapBytes(bytes, file.name);
}

/** Reads the file a person picked or dropped. Several files at once are refused until spreadsheet import. */
export async function readMapFiles(files: readonly File[]): Promise<ValidationResult<CareerGraph>> {
  const [first] = files;
  if (first === undefined || files.length > 1) {
    return { ok: false, errors: [{ path: WHOLE, message: "Pick one career map file (.json)." }] };
  }
  return readMapFile(first);
}
