import { lazy, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Code that did not download, as opposed to code that ran and broke. The panel fallback tells them apart:
 * after a deploy or on a flaky network the first is worth a retry and says so.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(`A code chunk failed to load: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ChunkLoadError';
  }
}

export const isChunkLoadError = (error: unknown): error is ChunkLoadError => error instanceof ChunkLoadError;

// Lazies whose last load failed. A boundary's Retry does not know which chunk broke its panel, so it
// resets them all; a lazy that loaded is left alone (resetting it would flash its placeholder again).
const failed = new Set<() => void>();

/** Gives every chunk that failed to load a fresh chance: the next render imports it again. */
export function resetFailedChunks(): void {
  for (const reset of [...failed]) reset();
}

export interface RetryableLazy<P extends object> {
  /** Render this; it always draws the current lazy, so a reset takes effect on the next render. */
  Component: ComponentType<P>;
  /** Builds a fresh React.lazy, so the next render calls the factory again. */
  reset: () => void;
  /**
   * Downloads the module ahead of need. Once it resolves, the component's first render draws at once, never
   * its Suspense fallback, even inside flushSync (printing: only what renders synchronously reaches the paper).
   * Rejects if the download failed; that leaves the lazy untouched, so its own render tries again.
   */
  preload: () => Promise<void>;
}

/**
 * A thenable that calls back at once. React.lazy reads the factory's result by calling `then`: a real promise,
 * even an already-resolved one, answers a microtask later, after React has suspended; this answers in the call.
 */
const settled = <T,>(value: T): Promise<T> => ({ then: (resolve: (v: T) => unknown) => resolve(value) }) as unknown as Promise<T>;

/**
 * React.lazy with a way back from a failed download. React.lazy keeps the rejected promise forever, so
 * without this a chunk that failed once fails on every retry until the page is reloaded.
 *
 * The reset is explicit (a Retry press), never automatic on failure: React re-renders a failed tree
 * at once, and a lazy that rebuilt itself on rejection would refetch in a loop while the network is down.
 */
export function retryableLazy<P extends object>(factory: () => Promise<{ default: ComponentType<P> }>): RetryableLazy<P> {
  const listeners = new Set<() => void>();
  let loaded: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  // One download shared by preload() and the lazy. A failure is not kept: the next caller downloads again.
  const load = () => loading ??= factory().then(
    (module) => { loaded = module; return module; },
    (error: unknown) => { loading = undefined; throw error; },
  );
  const build = (): LazyExoticComponent<ComponentType<P>> => lazy(() => (loaded ? settled(loaded) : load().catch((error: unknown) => {
    failed.add(reset);
    throw new ChunkLoadError(error);
  })));
  let current = build();
  const preload = () => load().then(() => undefined);

  function reset() {
    failed.delete(reset);
    current = build();
    listeners.forEach((notify) => notify());
  }
  const subscribe = (notify: () => void) => {
    listeners.add(notify);
    return () => { listeners.delete(notify); };
  };
  const snapshot = () => current;

  function Component(props: P) {
    // An external store, so a reset re-renders any instance still mounted with the new lazy.
    const Current = useSyncExternalStore(subscribe, snapshot, snapshot);
    return <Current {...props} />;
  }
  return { Component, reset, preload };
}
