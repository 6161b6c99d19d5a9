/**
 * Idle-time scheduling that can always be called off: every function here returns a cancel, so whoever starts
 * the work (a component's effect, a provider) stops it when it goes, and nothing runs after its page or test.
 */
export type Cancel = () => void;

export interface IdleOptions {
  /** requestIdleCallback's timeout: run by then even if the browser never goes idle. */
  timeout?: number;
  /** Safari (14, our floor, and later) has no requestIdleCallback: a timer of this length instead. */
  fallbackMs: number;
}

/** Runs `run` in the next idle period (Safari: after a short timer). */
export function whenIdle(run: () => void, { timeout, fallbackMs }: IdleOptions): Cancel {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => run(), timeout === undefined ? undefined : { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, fallbackMs);
  return () => window.clearTimeout(id);
}

/** Runs `start` once the page has loaded (now, if it has); the cancel also calls off what `start` returned. */
export function afterLoad(start: () => Cancel): Cancel {
  let cancelStarted: Cancel | undefined;
  let cancelled = false;
  const go = () => {
    if (!cancelled) cancelStarted = start();
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', go);
    cancelStarted?.();
  };
}

/** After load, in the first idle period: the usual moment for work the first paint must not wait on. */
export const idleAfterLoad = (run: () => void, options: IdleOptions): Cancel => afterLoad(() => whenIdle(run, options));
