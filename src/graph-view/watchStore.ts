import { type AppStore, useAppStore } from "../store/appStore.ts";

/**
 * Calls `onChange` with the selected inputs now (previous: null, nothing applied yet) and whenever they
 * change, compared field by field. Each store-to-canvas concern watches only its own inputs, so a hover
 * never wakes the route, the filters or the dimming. Returns the unsubscribe function.
 */
export function watchStore<T extends object>(
  select: (state: AppStore) => T,
  onChange: (next: T, previous: T | null) => void,
): () => void {
  let current = select(useAppStore.getState());
  onChange(current, null);
  return useAppStore.subscribe((state) => {
    const next = select(state);
    if (sameFields(next, current)) return;
    const previous = current;
    current = next;
    onChange(next, previous);
  });
}

function sameFields<T extends object>(a: T, b: T): boolean {
  for (const key of Object.keys(a) as (keyof T)[]) if (!Object.is(a[key], b[key])) return false;
  return true;
}
