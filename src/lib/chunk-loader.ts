import { createExternalStore, type Unsubscribe } from './external-store';

/**
 * A lazy chunk downloaded once and shared by everyone who asks. A failure is not kept, so the next ask
 * downloads again (a flaky network, a deploy that replaced the chunk); nothing retries by itself, since a
 * loop of refetches while the network is down helps no one.
 */
export interface ChunkLoader<T> {
  /** Starts or joins the download; rejects if it failed, and the next call then downloads again. */
  load: () => Promise<T>;
  /** What the chunk gave, once it is in: for a render that must not wait. */
  loaded: () => T | undefined;
  /** Told once, when the chunk is in: with `loaded`, a useSyncExternalStore source. */
  subscribe: (notify: () => void) => Unsubscribe;
}

/** `importer` is the `import()` (and what to take from it); it is called on the first `load`, never before. */
export function createChunkLoader<T>(importer: () => Promise<T>): ChunkLoader<T> {
  const value = createExternalStore<{ chunk: T } | undefined>(undefined);
  let loading: Promise<T> | undefined;
  const load = () => {
    const done = value.get();
    if (done) return Promise.resolve(done.chunk);
    loading ??= importer().then(
      (chunk) => {
        loading = undefined;
        value.set({ chunk });
        return chunk;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return { load, loaded: () => value.get()?.chunk, subscribe: value.subscribe };
}
