export type ProgressPhase = "drawing" | "encoding";

export interface Progress {
  /** Share done, 0 to 1. */
  readonly done: number;
  readonly phase: ProgressPhase;
}

/**
 * How far a long export got, outside React state: slices report many times a second, and only the
 * progress bar should draw again for it, not the whole export panel.
 */
export interface ProgressFeed {
  report(done: number, phase: ProgressPhase): void;
  current(): Progress | null;
  subscribe(listener: () => void): () => void;
}

export function createProgressFeed(): ProgressFeed {
  let progress: Progress | null = null;
  const listeners = new Set<() => void>();
  return {
    report(done, phase) {
      // Whole percents: finer steps would redraw the bar for nothing anyone can see.
      const rounded = Math.floor(Math.min(1, Math.max(0, done)) * 100) / 100;
      if (progress?.done === rounded && progress.phase === phase) return;
      progress = { done: rounded, phase };
      for (const listener of listeners) listener();
    },
    current: () => progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
