/**
 * "Tell whoever listens", written once: a set of callbacks, and a value with subscribers (the shape
 * useSyncExternalStore reads). Nothing here starts anything on import; a source that costs something to watch
 * (a media query) is started by the first listener and stopped by the last.
 */
export type Unsubscribe = () => void;

export interface Listeners<A extends unknown[] = []> {
  /** Adds `listener` (once, however often it is added); the returned function removes it. */
  add(listener: (...args: A) => void): Unsubscribe;
  /** Calls the listeners there were when it was called, skipping any a listener removed meanwhile. */
  emit(...args: A): void;
  readonly size: number;
}

/**
 * A set of callbacks. `start`, if given, runs when the first listener is added and gets `emit`; what it returns
 * runs when the last one is removed, so a watched source is held exactly as long as someone listens.
 */
export function createListeners<A extends unknown[] = []>(start?: (emit: (...args: A) => void) => Unsubscribe): Listeners<A> {
  const listeners = new Set<(...args: A) => void>();
  let stop: Unsubscribe | undefined;
  const emit = (...args: A) => {
    // A copy: a listener added by another during the call waits for the next emit, so an emit always ends.
    for (const listener of [...listeners]) if (listeners.has(listener)) listener(...args);
  };
  return {
    add(listener) {
      listeners.add(listener);
      if (start && !stop) stop = start(emit);
      return () => {
        if (!listeners.delete(listener) || listeners.size) return;
        const stopping = stop;
        stop = undefined;
        stopping?.();
      };
    },
    emit,
    get size() { return listeners.size; },
  };
}

export interface ExternalStore<T> {
  /** The current value: a useSyncExternalStore snapshot. */
  get: () => T;
  /** Replaces the value and tells every subscriber, unless it is the same value (Object.is). */
  set: (next: T) => void;
  /** useSyncExternalStore's subscribe; returns the unsubscribe. */
  subscribe: (notify: () => void) => Unsubscribe;
}

/** A value with subscribers. `get` and `subscribe` are stable functions, to hand to useSyncExternalStore as they are. */
export function createExternalStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = createListeners();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      listeners.emit();
    },
    subscribe: (notify) => listeners.add(notify),
  };
}
