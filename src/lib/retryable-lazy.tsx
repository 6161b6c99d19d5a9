import { lazy, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react';
import { createChunkLoader } from './chunk-loader';
import { createExternalStore, createListeners, type Unsubscribe } from './external-store';

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
const failed = createListeners();

/** Gives every chunk that failed to load a fresh chance: the next render imports it again. */
export function resetFailedChunks(): void {
  failed.emit();
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
  // One download shared by preload() and the lazy.
  const chunk = createChunkLoader(factory);
  let forget: Unsubscribe = () => {};
  const build = (): LazyExoticComponent<ComponentType<P>> => lazy(() => {
    const loaded = chunk.loaded();
    return loaded ? settled(loaded) : chunk.load().catch((error: unknown) => {
      forget = failed.add(reset);
      throw new ChunkLoadError(error);
    });
  });
  // An external store, so a reset re-renders any instance still mounted with the new lazy.
  const current = createExternalStore(build());
  const preload = () => chunk.load().then(() => undefined);

  function reset() {
    forget();
    current.set(build());
  }

  function Component(props: P) {
    const Current = useSyncExternalStore(current.subscribe, current.get, current.get);
    return <Current {...props} />;
  }
  return { Component, reset, preload };
}
