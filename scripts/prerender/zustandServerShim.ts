import { useSyncExternalStore } from "react";
import { createStore, type StateCreator, type StoreApi } from "zustand/vanilla";

export * from "zustand/vanilla";

/**
 * zustand's React binding for the build's prerender only (prerenderFirstView.ts): on the server, zustand
 * reads a store's initial state, so the page would render without the map loaded into it. Here the server
 * reads the state as it is now. The browser keeps the real binding.
 */
export function useStore<T, U>(
  api: StoreApi<T>,
  selector: (state: T) => U = (state) => state as unknown as U,
): U {
  const read = () => selector(api.getState());
  return useSyncExternalStore(api.subscribe, read, read);
}

const bind = <T>(createState: StateCreator<T, [], []>) => {
  const api = createStore(createState);
  // biome-ignore lint/correctness/noComponentHookFactories: zustand's own shape, one hook made per store at module load.
  const useBoundStore = <U>(selector?: (state: T) => U) => useStore(api, selector);
  return Object.assign(useBoundStore, api);
};

export const create = (<T>(createState?: StateCreator<T, [], []>) =>
  createState ? bind(createState) : bind) as unknown as typeof import("zustand").create;
