/** One problem found in a career map file: where it is and what to do about it. */
export interface ValidationError {
  /** Where the problem is: a JSON path such as `nodes[12].level`, or `line 3, column 7` for syntax. */
  readonly path: string;
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

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
