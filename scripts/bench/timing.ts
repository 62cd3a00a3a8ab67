/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export type Call = (from: string, to: string) => unknown;

/**
 * Median time per call of each function, in milliseconds. Functions are interleaved pair by pair so that
 * they share the same machine state (JIT, GC, caches); each sample times `batch` calls of one pair, which
 * keeps timer overhead out of microsecond figures. Warm-up rounds are not timed.
 */
export function timeCalls(
  pairs: readonly [string, string][],
  rounds: number,
  batch: number,
  calls: readonly Call[],
) {
  const warmUp = Math.max(1, rounds >> 2);
  const samples = calls.map((): number[] => []);
  for (let round = 0; round < warmUp + rounds; round++) {
    for (const [from, to] of pairs) {
      calls.forEach((call, c) => {
        const start = performance.now();
        for (let i = 0; i < batch; i++) call(from, to);
        if (round >= warmUp) samples[c]?.push((performance.now() - start) / batch);
      });
    }
  }
  return samples.map(median);
}

export function timeOnce<T>(make: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = make();
  return { value, ms: performance.now() - start };
}
