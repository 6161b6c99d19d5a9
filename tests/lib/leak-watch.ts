/**
 * Catches what the app leaves running: every timer, interval and window/document listener that code under src/
 * starts is recorded with where it started, and whatever is still pending once a test has unmounted everything
 * fails that test. (The bug this guards: an idle pump outliving jsdom threw "window is not defined" into later
 * files, so `npm test` failed one run in two.)
 */
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src') + sep;

interface Started { what: string; where: string }

/** The caller's frame when code in src/ made the call itself; undefined for React, libraries and the tests. */
function fromSrc(): string | undefined {
  const frame = (new Error().stack ?? '').split('\n')[3];
  return frame?.includes(SRC) ? frame.trim().replace(SRC, 'src/') : undefined;
}

const timers = new Map<unknown, Started>();
const listeners = new Map<string, Started>();
let nextListener = 0;
const listenerKeys = new WeakMap<EventListenerOrEventListenerObject, Map<string, string>>();

export function installLeakWatch(): void {
  const g = globalThis as typeof globalThis & Record<string, unknown>;
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = globalThis;
  g.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const where = typeof fn === 'function' ? fromSrc() : undefined;
    if (!where) return st(fn, ms, ...args);
    const id: unknown = st((...a: unknown[]) => {
      timers.delete(id);
      fn(...a);
    }, ms, ...args);
    timers.set(id, { what: `setTimeout(…, ${ms ?? 0})`, where });
    return id;
  }) as typeof setTimeout;
  g.clearTimeout = ((id?: Parameters<typeof clearTimeout>[0]) => {
    timers.delete(id);
    ct(id);
  }) as typeof clearTimeout;
  g.setInterval = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = si(fn, ms, ...args);
    const where = fromSrc();
    if (where) timers.set(id, { what: `setInterval(…, ${ms ?? 0})`, where });
    return id;
  }) as typeof setInterval;
  g.clearInterval = ((id?: Parameters<typeof clearInterval>[0]) => {
    timers.delete(id);
    ci(id);
  }) as typeof clearInterval;

  // window is the global object here, and not an instance of the global EventTarget: patch the two targets.
  if (typeof window === 'undefined') return; // a node-environment file has no page to leak into
  for (const [target, name] of [[window, 'window'], [document, 'document']] as const) watchListeners(target, name);
}

function watchListeners(target: EventTarget, name: string): void {
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  const keyOf = (type: string, options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
  target.addEventListener = function (this: EventTarget, type, listener, options) {
    add.call(this, type, listener, options);
    const where = listener ? fromSrc() : undefined;
    if (!where || !listener) return;
    const perListener = listenerKeys.get(listener) ?? new Map<string, string>();
    listenerKeys.set(listener, perListener);
    const key = keyOf(type, options);
    if (perListener.has(`${name}|${key}`)) return;
    const id = `${name}#${nextListener++}`;
    perListener.set(`${name}|${key}`, id);
    listeners.set(id, { what: `${name}.addEventListener('${type}')`, where });
    const forget = () => {
      perListener.delete(`${name}|${key}`);
      listeners.delete(id);
    };
    // A `once` listener removes itself when it fires, and a `signal` one when it aborts.
    if (typeof options === 'object' && options.once) add.call(this, type, forget, { once: true, capture: !!options.capture });
    if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', forget, { once: true });
  };
  target.removeEventListener = function (this: EventTarget, type, listener, options) {
    remove.call(this, type, listener, options);
    const perListener = listener ? listenerKeys.get(listener) : undefined;
    const key = `${name}|${keyOf(type, options)}`;
    const id = perListener?.get(key);
    if (id) {
      perListener?.delete(key);
      listeners.delete(id);
    }
  };
}

/** What src/ started and never stopped, as readable lines; the record is cleared (and the timers stopped). */
export function takeLeaks(): string[] {
  const lines = [...timers.values(), ...listeners.values()].map((s) => `${s.what} ${s.where}`);
  timers.forEach((_, id) => clearTimeout(id as Parameters<typeof clearTimeout>[0]));
  timers.clear();
  listeners.clear();
  return lines;
}
