/**
 * Idle scheduling (src/lib/idle.ts): requestIdleCallback where there is one, a timer where there is not
 * (Safari), after load when asked, and a cancel that calls every step off.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, idleAfterLoad, whenIdle } from '../../src/lib/idle';

const readyState = (state: DocumentReadyState) => vi.spyOn(document, 'readyState', 'get').mockReturnValue(state);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'requestIdleCallback');
  Reflect.deleteProperty(window, 'cancelIdleCallback');
});

describe('whenIdle', () => {
  it('without requestIdleCallback (Safari) runs after a timer of fallbackMs', () => {
    expect(window.requestIdleCallback).toBeUndefined();
    const run = vi.fn();
    whenIdle(run, { timeout: 1000, fallbackMs: 300 });
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('without requestIdleCallback, a cancel stops the timer', () => {
    const run = vi.fn();
    whenIdle(run, { fallbackMs: 300 })();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('uses requestIdleCallback with its timeout where there is one, and a cancel cancels that', () => {
    const queue = new Map<number, IdleRequestCallback>();
    let nextId = 0;
    const request = vi.fn<typeof window.requestIdleCallback>((run) => {
      queue.set(++nextId, run);
      return nextId;
    });
    window.requestIdleCallback = request;
    window.cancelIdleCallback = (id) => { queue.delete(id); };
    const run = vi.fn();
    const cancel = whenIdle(run, { timeout: 1500, fallbackMs: 300 });
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    cancel();
    expect(queue.size).toBe(0);
    whenIdle(run, { fallbackMs: 300 });
    expect(request).toHaveBeenLastCalledWith(expect.any(Function), undefined);
    queue.forEach((idle) => idle({ didTimeout: false, timeRemaining: () => 10 }));
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('afterLoad and idleAfterLoad', () => {
  it('start at once once the page has loaded', () => {
    readyState('complete');
    const start = vi.fn(() => () => {});
    afterLoad(start)();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('wait for load while loading, and a cancel before then removes the wait', () => {
    readyState('loading');
    const run = vi.fn();
    const cancel = idleAfterLoad(run, { fallbackMs: 300 });
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    cancel();
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('run after load then idle, and a cancel after load calls the idle step off too', () => {
    readyState('loading');
    const run = vi.fn();
    idleAfterLoad(run, { fallbackMs: 300 });
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    const cancel = idleAfterLoad(later, { fallbackMs: 300 });
    window.dispatchEvent(new Event('load'));
    cancel();
    vi.advanceTimersByTime(1000);
    expect(later).not.toHaveBeenCalled();
  });
});
