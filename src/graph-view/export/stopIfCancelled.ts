/** Stops an export between slices when it was cancelled, with the AbortError fetch would give. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("The export was cancelled.", "AbortError");
}
