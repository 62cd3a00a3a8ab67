import { lazyPart } from "../../ui/lazyPart.ts";

/**
 * Reading a stored plan or map checks it with the format's validator, the largest library of the app.
 * It loads only when something is stored (or after the first drawing, with the other parts), so a first
 * visit never waits for it (docs/decisions/0018-first-view-bundle.md).
 */
export const planReader = lazyPart(() => import("../../domain/plan/readPlan.ts"));
export const mapValidator = lazyPart(() => import("../../domain/format/validateCareerGraph.ts"));

export function storedReadersLoaded(): boolean {
  return planReader.loaded() !== null && mapValidator.loaded() !== null;
}

export function loadStoredReaders(): Promise<unknown> {
  return Promise.all([planReader.load(), mapValidator.load()]);
}
