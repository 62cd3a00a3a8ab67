import { useCallback, useEffect, useState } from "react";
import { type LoadOnce, loadOnce } from "../store/loadOnce.ts";

/**
 * A part of the app the first view does not need, loaded on first use; once loaded it renders at once,
 * without a fallback, so a part loaded ahead (see {@link preloadParts}) looks as if it had always been
 * there (docs/decisions/0018-first-view-bundle.md).
 */
export type LazyPart<T> = LoadOnce<T>;

const parts = new Set<LazyPart<unknown>>();

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  const part = loadOnce(importer);
  parts.add(part);
  return part;
}

/**
 * Loads every part declared so far, then those the loaded modules declare, until none is left: the app
 * calls it once the map is drawn, so that first uses do not wait.
 */
export async function preloadParts(): Promise<void> {
  let known = 0;
  while (known !== parts.size) {
    known = parts.size;
    await Promise.all([...parts].map((part) => part.load()));
  }
}

/**
 * What a component knows of a part it shows: the module, or that it is loading or failed to load, with a
 * way to ask again (the connection may be back) without reloading the page and losing what is on it.
 */
export type PartState<T> =
  | { readonly module: T; readonly failed: false; readonly retry: () => void }
  | { readonly module: null; readonly failed: boolean; readonly retry: () => void };

/** The part's module once loaded; asks for it while `wanted`, and renders again when it arrives. */
export function usePart<T>(part: LazyPart<T>, wanted = true): PartState<T> {
  const [, arrived] = useState(0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const module = part.loaded();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is what asks again.
  useEffect(() => {
    if (!wanted || module !== null) return;
    let current = true;
    setFailed(false);
    part.load().then(
      () => current && arrived((count) => count + 1),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [part, wanted, module, attempt]);
  return module === null ? { module: null, failed, retry } : { module, failed: false, retry };
}
