interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the page a turn (input, rendering, other tasks) before the next slice of an export's work:
 * `scheduler.yield()` where the browser has it, which resumes without the 4 ms that nested timeouts wait.
 */
export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Stops an export between slices when it was cancelled, with the AbortError fetch would give. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("The export was cancelled.", "AbortError");
}
