/**
 * The one listener set and value store (src/lib/external-store.ts) behind the app's useSyncExternalStore
 * sources: who is told, when a watched source starts and stops, and that an emit always ends.
 */
import { describe, expect, it, vi } from 'vitest';
import { createExternalStore, createListeners } from '../../src/lib/external-store';

describe('createListeners', () => {
  it('calls every listener with the arguments, and no longer one that was removed', () => {
    const listeners = createListeners<[number]>();
    const a = vi.fn();
    const b = vi.fn();
    const offA = listeners.add(a);
    listeners.add(b);
    listeners.emit(1);
    offA();
    listeners.emit(2);
    expect(a.mock.calls).toEqual([[1]]);
    expect(b.mock.calls).toEqual([[1], [2]]);
  });

  it('starts its source with the first listener and stops it with the last, every time', () => {
    const stop = vi.fn();
    const start = vi.fn(() => stop);
    const listeners = createListeners(start);
    expect(start).not.toHaveBeenCalled();
    const off1 = listeners.add(() => {});
    const off2 = listeners.add(() => {});
    expect(start).toHaveBeenCalledTimes(1);
    off1();
    off1();
    expect(stop).not.toHaveBeenCalled();
    off2();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
    listeners.add(() => {})();
    expect(start).toHaveBeenCalledTimes(2);
    expect(stop).toHaveBeenCalledTimes(2);
  });

  it('hands the source the emit that reaches the listeners', () => {
    let emit: ((n: number) => void) | undefined;
    const listeners = createListeners<[number]>((e) => { emit = e; return () => {}; });
    const heard = vi.fn();
    listeners.add(heard);
    emit?.(7);
    expect(heard).toHaveBeenCalledWith(7);
  });

  it('lets a listener remove itself or another during an emit, and one added then waits for the next', () => {
    const listeners = createListeners();
    const calls: string[] = [];
    const offB = listeners.add(() => { calls.push('b'); });
    const offSelf: () => void = listeners.add(() => {
      calls.push('self');
      offSelf();
    });
    listeners.add(() => {
      calls.push('c');
      listeners.add(() => { calls.push('late'); });
    });
    listeners.add(() => offB());
    listeners.emit();
    expect(calls).toEqual(['b', 'self', 'c']);
    calls.length = 0;
    listeners.emit();
    expect(calls).toEqual(['c', 'late']);
  });
});

describe('createExternalStore', () => {
  it('reads the value and tells subscribers of a change, until they unsubscribe', () => {
    const store = createExternalStore({ n: 0 });
    const notify = vi.fn();
    const off = store.subscribe(notify);
    const next = { n: 1 };
    store.set(next);
    expect(store.get()).toBe(next);
    expect(notify).toHaveBeenCalledTimes(1);
    off();
    store.set({ n: 2 });
    expect(notify).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ n: 2 });
  });

  it('tells no one when the value is the same', () => {
    const store = createExternalStore<number | undefined>(undefined);
    const notify = vi.fn();
    store.subscribe(notify);
    store.set(undefined);
    store.set(3);
    store.set(3);
    expect(notify).toHaveBeenCalledTimes(1);
  });
});
