interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task and resumes in a new one, after the page has had a turn (input, rendering, other
 * tasks): `scheduler.yield()` where the browser has it, which resumes without the 4 ms that nested
 * timeouts wait. Long work split this way never holds the page in one long task.
 */
export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
