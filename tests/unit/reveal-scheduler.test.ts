/**
 * The idle path that shows the overview's lower sections (src/components/reveal-scheduler.ts): it runs only while
 * a section waits, shows the highest one first after a quiet stretch, gives up on a page that is never quiet,
 * and stops for good when its provider goes, so nothing of it outlives the page (or the test).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRevealScheduler, GIVE_UP_AFTER, QUIET_BEFORE_FIRST, QUIET_BETWEEN } from '../../src/components/reveal-scheduler';

let queue: (IdleRequestCallback | undefined)[] = [];
let now = 0;
/** The browser's idle callbacks, run by hand; `late` makes each one come after a long task (a busy page). */
function idle(times: number, { late = false } = {}) {
  for (let i = 0; i < times; i += 1) {
    const pending = queue.splice(0);
    now += late ? 500 : 5;
    pending.forEach((run) => run?.({ didTimeout: false, timeRemaining: () => 10 }));
  }
}
const waitingCallbacks = () => queue.filter(Boolean).length;

beforeEach(() => {
  queue = [];
  now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  window.requestIdleCallback = (run) => queue.push(run) - 1;
  window.cancelIdleCallback = (id) => { queue[id] = undefined; };
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  Reflect.deleteProperty(window, 'requestIdleCallback');
  Reflect.deleteProperty(window, 'cancelIdleCallback');
});

/** Two sections, the second placed above the first in the page. */
function sections() {
  const lower = document.body.appendChild(document.createElement('section'));
  const upper = document.createElement('section');
  document.body.prepend(upper);
  const shown: string[] = [];
  return { lower: { el: lower, show: () => shown.push('lower') }, upper: { el: upper, show: () => shown.push('upper') }, shown };
}

describe('the reveal scheduler', () => {
  it('never draws a chart on the idle path: what only approach, Tab or print may ask for waits for showEverything', () => {
    const s = createRevealScheduler();
    const drawn: string[] = [];
    const cancel = s.whenEverything(() => drawn.push('chart'));
    s.whenEverything(() => drawn.push('other chart'));
    idle(QUIET_BEFORE_FIRST * 3);
    expect(drawn).toEqual([]);
    expect(waitingCallbacks(), 'no idle chain for it').toBe(0);
    cancel();
    s.showEverything();
    expect(drawn).toEqual(['other chart']);
    s.whenEverything(() => drawn.push('after a Tab'));
    expect(drawn).toEqual(['other chart', 'after a Tab']);
  });

  it('asks for nothing while no section waits', () => {
    createRevealScheduler();
    expect(waitingCallbacks()).toBe(0);
  });

  it('after a quiet stretch shows the highest section first, then the next, then stops asking', () => {
    const s = createRevealScheduler();
    const { lower, upper, shown } = sections();
    s.add(lower);
    s.add(upper);
    idle(QUIET_BEFORE_FIRST - 1);
    expect(shown).toEqual([]);
    idle(1);
    expect(shown).toEqual(['upper']);
    idle(QUIET_BETWEEN);
    expect(shown).toEqual(['upper', 'lower']);
    expect(waitingCallbacks()).toBe(0);
  });

  it('stops asking when the last waiting section leaves (it came into view)', () => {
    const s = createRevealScheduler();
    const leave = s.add(sections().lower);
    expect(waitingCallbacks()).toBe(1);
    leave();
    expect(waitingCallbacks()).toBe(0);
  });

  it(`gives up after ${GIVE_UP_AFTER} busy callbacks in a row, and starts again with the next section queued`, () => {
    const s = createRevealScheduler();
    const { lower, upper, shown } = sections();
    s.add(lower);
    idle(GIVE_UP_AFTER, { late: true });
    expect(shown).toEqual([]);
    expect(waitingCallbacks()).toBe(0);
    s.add(upper);
    expect(waitingCallbacks()).toBe(1);
  });

  it('shows everything at once (Tab, print), and sections added afterwards start shown', () => {
    const s = createRevealScheduler();
    const { lower, upper, shown } = sections();
    s.add(lower);
    s.add(upper);
    s.showEverything();
    expect(shown.sort()).toEqual(['lower', 'upper']);
    expect(s.all).toBe(true);
    expect(waitingCallbacks()).toBe(0);
  });

  it('dispose calls off the pending callback, and a page still loading stops waiting for load', () => {
    const s = createRevealScheduler();
    s.add(sections().lower);
    s.dispose();
    expect(waitingCallbacks()).toBe(0);
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const loading = createRevealScheduler();
    const remove = vi.spyOn(window, 'removeEventListener');
    loading.add(sections().lower);
    loading.dispose();
    expect(remove).toHaveBeenCalledWith('load', expect.any(Function));
    window.dispatchEvent(new Event('load'));
    expect(waitingCallbacks()).toBe(0);
  });
});
