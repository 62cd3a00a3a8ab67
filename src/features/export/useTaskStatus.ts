import { useCallback, useRef, useState } from "react";
import { createProgressFeed, type ProgressFeed } from "./progressFeed.ts";

export type TaskStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly message: string; readonly progress: ProgressFeed }
  | { readonly kind: "done"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string };

/** What a running task gets: where to report progress, and a signal that says it was cancelled. */
export interface TaskControl {
  readonly progress: ProgressFeed;
  readonly signal: AbortSignal;
}

export type RunTask = (task: (control: TaskControl) => Promise<string>, working: string) => Promise<void>;

const isCancel = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/**
 * Runs one export task at a time and keeps its status for a live region: the working message ("Preparing
 * image…") and progress while it runs, then the task's own result message, or why it failed. `cancel`
 * stops a running task; nothing is saved and the status says so. The page stays usable.
 */
export function useTaskStatus(): { status: TaskStatus; run: RunTask; cancel: () => void } {
  const [status, setStatus] = useState<TaskStatus>({ kind: "idle" });
  const running = useRef<AbortController | null>(null);
  const run = useCallback<RunTask>(async (task, working) => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    const progress = createProgressFeed();
    setStatus({ kind: "working", message: working, progress });
    try {
      const message = await task({ progress, signal: controller.signal });
      setStatus({ kind: "done", message });
    } catch (error) {
      if (isCancel(error)) setStatus({ kind: "done", message: "Export cancelled. Nothing was saved." });
      else {
        const reason = error instanceof Error ? error.message : "Something went wrong.";
        setStatus({ kind: "failed", message: `Nothing was saved. ${reason}` });
      }
    } finally {
      running.current = null;
    }
  }, []);
  const cancel = useCallback(() => running.current?.abort(), []);
  return { status, run, cancel };
}
