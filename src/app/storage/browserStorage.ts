/** The part of the Web Storage API the app uses; tests pass an in-memory one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The browser's localStorage, or null where it is turned off: reading `window.localStorage` throws a
 * SecurityError when site data is blocked, and some private modes refuse the first write.
 */
export function openBrowserStorage(): KeyValueStore | null {
  try {
    const storage = window.localStorage;
    const probe = "career-map:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    // A full store still reads; only a store that refuses everything counts as unavailable.
    if (isQuotaError(error)) {
      try {
        return window.localStorage;
      } catch {
        return null;
      }
    }
    return null;
  }
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22)
  );
}

/** The outcome of one write. */
export type WriteResult = "saved" | "full" | "unavailable";

export function writeItem(store: KeyValueStore, key: string, value: string | null): WriteResult {
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return "saved";
  } catch (error) {
    return isQuotaError(error) ? "full" : "unavailable";
  }
}
