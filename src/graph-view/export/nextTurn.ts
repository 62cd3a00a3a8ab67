/** Gives the page a turn (input, rendering, other tasks) before the next slice of an export's work. */
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Stops an export between slices when it was cancelled, with the AbortError fetch would give. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("The export was cancelled.", "AbortError");
}
