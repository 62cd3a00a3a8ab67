/** One problem found in a career map file: where it is and what to do about it. */
export interface ValidationError {
  /** Where the problem is: a JSON path such as `nodes[12].level`, or `line 3, column 7` for syntax. */
  readonly path: string;
  readonly message: string;
  /** The node, path, level or issuer the problem is in, by id and label, e.g. `credential "cpc" (CPC)`. */
  readonly subject?: string;
  /** Where in the file a person finds it: `line 40, column 16`, or a sheet, row and column. */
  readonly place?: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** A step into parsed JSON: a key of an object or an index of a list. */
export type PathKey = string | number;

/** A problem found by a check, placed by the keys that lead to it from the top of the file. */
export interface Problem {
  readonly keys: readonly PathKey[];
  readonly message: string;
}

/** Finds where the value at `keys` sits in the file the graph was read from, as text for a person. */
export type Locate = (keys: readonly PathKey[]) => string | undefined;

/** Formats a zod-style path (`["nodes", 12, "level"]`) as `nodes[12].level`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(the whole file)";
}
