/** A module loaded at most once: its value once loaded, and the one load in flight; a failed load may be retried. */
export interface LoadOnce<T> {
  /** The module once it has loaded, else null. */
  readonly loaded: () => T | null;
  /** Starts loading, once; a load that failed is tried again on the next call. */
  readonly load: () => Promise<T>;
}

/** The loader behind lazy parts (src/ui/lazyPart.ts) and the store's route search (routeEngine.ts). */
export function loadOnce<T>(importer: () => Promise<T>): LoadOnce<T> {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    loaded: () => module,
    load: () => {
      loading ??= importer().then(
        (value) => {
          module = value;
          return value;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}
