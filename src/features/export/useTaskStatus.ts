import { useCallback, useRef, useState } from "react";

export type TaskStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly message: string }
  | { readonly kind: "done"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string };

/**
 * Runs one export task at a time and keeps its status for a live region: the working message ("Preparing
 * image…") while it runs, then the task's own result message, or why it failed. The page stays usable.
 */
export function useTaskStatus(): {
  status: TaskStatus;
  run: (task: () => Promise<string>, working: string) => Promise<void>;
} {
  const [status, setStatus] = useState<TaskStatus>({ kind: "idle" });
  const busy = useRef(false);
  const run = useCallback(async (task: () => Promise<string>, working: string) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: "working", message: working });
    try {
      setStatus({ kind: "done", message: await task() });
    } catch (error) {
      const reason = error instanceof Error ? error.message : "Something went wrong.";
      setStatus({ kind: "failed", message: `Nothing was saved. ${reason}` });
    } finally {
      busy.current = false;
    }
  }, []);
  return { status, run };
}
