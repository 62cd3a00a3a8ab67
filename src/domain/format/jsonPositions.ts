import type { Locate, PathKey } from "./validationError.ts";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);

/**
 * Finds where values sit in the text of a JSON file that has already parsed: the offset of the value at
 * `keys`, or of the deepest one that exists when the path goes further (a missing field points at its
 * object). Containers are indexed the first time a path goes through them, so a report costs one pass
 * over the lists it touches, never the whole file per error.
 */
export function jsonOffsets(text: string): (keys: readonly PathKey[]) => number {
  const children = new Map<number, Map<string, number> | number[]>();

  const skipSpace = (i: number) => {
    let at = i;
    while (at < text.length && WHITESPACE.has(text.charAt(at))) at++;
    return at;
  };
  const skipString = (i: number) => {
    let at = i + 1;
    while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
    return at + 1;
  };
  const skipValue = (i: number): number => {
    const first = text[i];
    if (first === '"') return skipString(i);
    if (first !== "{" && first !== "[") {
      let at = i;
      while (at < text.length && !",}]".includes(text.charAt(at)) && !WHITESPACE.has(text.charAt(at))) at++;
      return at;
    }
    let depth = 0;
    let at = i;
    do {
      const char = text[at];
      if (char === '"') {
        at = skipString(at);
        continue;
      }
      if (char === "{" || char === "[") depth++;
      else if (char === "}" || char === "]") depth--;
      at++;
    } while (depth > 0 && at < text.length);
    return at;
  };

  /** The start of each member's value (objects) or each item (lists) of the container at `start`. */
  const membersOf = (start: number) => {
    const cached = children.get(start);
    if (cached) return cached;
    const isObject = text[start] === "{";
    const members: Map<string, number> | number[] = isObject ? new Map() : [];
    let at = skipSpace(start + 1);
    while (at < text.length && text[at] !== "}" && text[at] !== "]") {
      if (members instanceof Map) {
        const keyEnd = skipString(at);
        const key = JSON.parse(text.slice(at, keyEnd)) as string;
        at = skipSpace(skipSpace(keyEnd) + 1);
        members.set(key, at);
      } else members.push(at);
      at = skipSpace(skipValue(at));
      if (text[at] === ",") at = skipSpace(at + 1);
    }
    children.set(start, members);
    return members;
  };

  return (keys) => {
    let at = skipSpace(0);
    for (const key of keys) {
      if (text[at] !== "{" && text[at] !== "[") break;
      const members = membersOf(at);
      const next = members instanceof Map ? members.get(String(key)) : members[Number(key)];
      if (next === undefined) break;
      at = next;
    }
    return at;
  };
}

/** Says where the value at a path is, as "line 40, column 16" (both 1-based), for an error message. */
export function locateInJson(text: string): Locate {
  const offsetOf = jsonOffsets(text);
  let lineStarts: number[] | undefined;
  return (keys) => {
    const offset = offsetOf(keys);
    lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return `line ${low + 1}, column ${offset - (lineStarts[low] ?? 0) + 1}`;
  };
}
