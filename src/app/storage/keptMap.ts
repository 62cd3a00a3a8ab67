import type { CareerGraph } from "../../domain/careerGraph.ts";
import { type KeyValueStore, writeItem } from "./browserStorage.ts";
import { mapValidator } from "./storedReaders.ts";

export const KEPT_MAP_KEY = "career-map:last-map";
export const keptMapBackupKey = (at: string) => `career-map:last-map-backup:${at}`;

export type KeptMap =
  | { readonly kind: "none" }
  | { readonly kind: "map"; readonly graph: CareerGraph }
  /** The kept copy no longer reads as a map (damaged, or this version's checks refuse it): set aside. */
  | { readonly kind: "unreadable"; readonly reason: string; readonly backedUpTo: string | null };

/**
 * The map last opened with "Open map…", checked exactly like a file before it is used. A copy that does not
 * pass is moved to a backup key, so the next start does not trip over it again and nothing is lost. The
 * check needs the validator loaded (storedReaders.ts); a copy that cannot be checked is set aside the same way.
 */
export function readKeptMap(store: KeyValueStore | null, now: string): KeptMap {
  if (store === null) return { kind: "none" };
  let text: string | null;
  try {
    text = store.getItem(KEPT_MAP_KEY);
  } catch {
    return { kind: "none" };
  }
  if (text === null) return { kind: "none" };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const validator = mapValidator.loaded();
  const result = validator
    ? validator.validateCareerGraph(raw)
    : { ok: false as const, errors: [{ path: "(the app)", message: "the map checks could not be loaded" }] };
  if (result.ok) return { kind: "map", graph: result.value };
  const first =
    raw === undefined
      ? "the saved copy is damaged"
      : `${result.errors[0]?.path}: ${result.errors[0]?.message}`;
  const backup = keptMapBackupKey(now);
  const moved =
    writeItem(store, backup, text) === "saved" && writeItem(store, KEPT_MAP_KEY, null) === "saved";
  return { kind: "unreadable", reason: first, backedUpTo: moved ? backup : null };
}

/** Keeps a map of the person's own; "full" when it is too large for the browser's storage. */
export function keepMap(
  store: KeyValueStore | null,
  graph: CareerGraph | null,
): "saved" | "full" | "unavailable" {
  if (store === null) return "unavailable";
  return writeItem(store, KEPT_MAP_KEY, graph === null ? null : JSON.stringify(graph));
}
