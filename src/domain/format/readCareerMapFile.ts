import type { CareerGraph } from "../careerGraph.ts";
import { locateInJson } from "./jsonPositions.ts";
import { LIMITS } from "./limits.ts";
import { validateCareerGraph } from "./validateCareerGraph.ts";
import type { ValidationError, ValidationResult } from "./validationError.ts";

const WHOLE = "(the whole file)";

/** Signatures of files people pick by mistake, so the message can name what was picked. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; hint?: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: "a zip archive or an Office file such as .xlsx",
    hint: ' From a spreadsheet, save each sheet as "CSV UTF-8" and open those.',
  },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function fail(fileName: string, path: string, message: string): ValidationResult<CareerGraph> {
  // A function, not a string, so "$&" or "$$" in a file name is shown as picked, not as a replacement pattern.
  return { ok: false, errors: [{ path, message: message.replaceAll("{file}", () => fileName) }] };
}

/** Where a JSON.parse error points, as 1-based line and column, when the engine says. */
function locate(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : "";
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const offset = errorOffset(text, message);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** V8 names a position for most errors; for the rest, find the end or the first stray token itself. */
function errorOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  if (/end of JSON input/i.test(message)) return text.trimEnd().length;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  if (token === undefined) return undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === token) return i;
  }
  return undefined;
}

function syntaxError(text: string, error: unknown): ValidationError {
  const at = locate(text, error);
  const reason = (error instanceof Error ? error.message : String(error)).replace(
    /\s*\(line \d+ column \d+\)/,
    "",
  );
  if (!at) return { path: WHOLE, message: `is not valid JSON: ${reason.slice(0, 80)}` };
  const line = text.split("\n")[at.line - 1] ?? "";
  const snippet = line.slice(Math.max(0, at.column - 40), at.column + 40).trim();
  return {
    path: `line ${at.line}, column ${at.column}`,
    message: `Not valid JSON here: ${reason.slice(0, 80)}${snippet ? ` Near: ${snippet}` : ""}`,
  };
}

/** Parses and validates the text of a career map file. Never throws. */
export function readCareerMapText(text: string, fileName = "career-map.json"): ValidationResult<CareerGraph> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return fail(fileName, WHOLE, "{file} is empty.");
  const head = body.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
    return fail(fileName, WHOLE, "This looks like a web page (HTML), not a career map (.json or .csv).");
  }
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) {
    return fail(fileName, WHOLE, "This looks like an SVG image, not a career map (.json or .csv).");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, errors: [syntaxError(body, error)] };
  }
  return validateCareerGraph(raw, locateInJson(body));
}

/** A map file's text, or why its bytes are not a text this app reads. */
export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** Checks a map file's size, kind and encoding and decodes it as UTF-8 text (a byte order mark is dropped). Never throws. */
export function decodeMapBytes(bytes: Uint8Array, fileName = "career-map.json"): DecodedText {
  const refuse = (message: string): DecodedText => {
    const failed = fail(fileName, WHOLE, message);
    return { ok: false, errors: failed.ok ? [] : failed.errors };
  };
  if (bytes.length === 0) return refuse("{file} is empty.");
  if (bytes.length > LIMITS.fileBytes) {
    return refuse(`{file} is larger than ${LIMITS.fileBytes / 1024 / 1024} MB, the most this app reads.`);
  }
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature)
    return refuse(
      `This looks like ${signature.what}, not a career map (.json or .csv).${signature.hint ?? ""}`,
    );
  const utf16 =
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff]) ||
    (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16)
    return refuse(
      "{file} is saved as UTF-16. Save it as UTF-8 (from a spreadsheet: CSV UTF-8) and open it again.",
    );
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return refuse(
      "{file} is not UTF-8 text. Save it as UTF-8 (from a spreadsheet: CSV UTF-8) and open it again.",
    );
  }
}

/** Reads the bytes of a career map file (.json): checks size, kind and encoding, then parses it. Never throws. */
export function readCareerMapBytes(
  bytes: Uint8Array,
  fileName = "career-map.json",
): ValidationResult<CareerGraph> {
  const decoded = decodeMapBytes(bytes, fileName);
  return decoded.ok ? readCareerMapText(decoded.text, fileName) : decoded;
}
