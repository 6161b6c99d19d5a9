import { afterLoad, whenIdle, type Cancel } from '@/lib/idle';

/** A section still waiting: how to show it, and where it sits (the idle path shows the highest first). */
export interface Waiting { show: () => void; el: HTMLElement | null }

// "Idle" means a stretch with nothing long in the way, not one free moment: a section is shown only after several
// idle callbacks in a row each came soon after it was asked for (no long task in between; frames, such as a
// skeleton's shimmer, do not count against it), a longer stretch before the first one, so work the page still
// has in hand (the first-screen charts, their data) finishes first.
export const QUIET_BEFORE_FIRST = 20;
export const QUIET_BETWEEN = 3;
const SOON_MS = 60;
// Safari has no requestIdleCallback: a chain of short timers, each a task of its own, judged the same way.
const SAFARI_STEP_MS = 20;
// A page that is never quiet stops asking after this many callbacks in a row without a reveal; what still
// waits then shows on approach, Tab or print, so an always-busy page does not run a timer chain for ever.
export const GIVE_UP_AFTER = 400;

export interface RevealScheduler {
  /** Whether everything is to show at once (after a Tab press or a print): a new section starts shown. */
  readonly all: boolean;
  /** Queues a section for the idle path; the returned cancel takes it out (the section showed or went). */
  add(entry: Waiting): Cancel;
  /**
   * Calls `show` when everything is to show (now, if it already is), without queueing it for the idle path: for
   * work only a reader's approach, a Tab press or a print asks for (a chart's drawing). The cancel takes it out.
   */
  whenEverything(show: () => void): Cancel;
  /** Shows every waiting section now, and every later one from the start. */
  showEverything(): void;
  /** Stops the idle chain: nothing the scheduler started runs after this. */
  dispose(): void;
}

/** The waiting section nearest the top of the page: the one a reader scrolling down meets first. */
function first(waiting: Set<Waiting>): Waiting | undefined {
  let best: Waiting | undefined;
  for (const w of waiting) {
    if (!best || (w.el && best.el && best.el.compareDocumentPosition(w.el) & Node.DOCUMENT_POSITION_PRECEDING)) best = w;
  }
  return best;
}

/**
 * One section per quiet stretch, highest first. The chain runs only while a section waits: it stops when the
 * last one shows or leaves, and starts again with the next one queued.
 */
export function createRevealScheduler(): RevealScheduler {
  const waiting = new Set<Waiting>();
  const onEverything = new Set<() => void>();
  let all = false;
  let quiet = 0;
  let needed = QUIET_BEFORE_FIRST;
  let idleCalls = 0;
  let running = false;
  let idle: Cancel | undefined;
  let started: Cancel | undefined;

  const ask = () => {
    const asked = performance.now();
    idle = whenIdle(() => pump(performance.now() - asked < SOON_MS), { fallbackMs: SAFARI_STEP_MS });
  };
  const cancelIdle = () => {
    idle?.();
    idle = undefined;
  };
  const stop = () => {
    running = false;
    started?.();
    started = undefined;
    cancelIdle();
  };
  function pump(soon: boolean) {
    idle = undefined;
    quiet = soon ? quiet + 1 : 0;
    idleCalls += 1;
    if (quiet >= needed) {
      const next = first(waiting);
      if (next) {
        waiting.delete(next);
        next.show();
      }
      quiet = 0;
      idleCalls = 0;
      needed = QUIET_BETWEEN;
    }
    if (waiting.size && idleCalls < GIVE_UP_AFTER) ask();
    else running = false;
  }
  const start = () => {
    if (running || !waiting.size) return;
    running = true;
    idleCalls = 0;
    // After load: the first paint and the first-screen charts have the main thread to themselves until then.
    started = afterLoad(() => {
      ask();
      return cancelIdle;
    });
  };

  return {
    get all() { return all; },
    add(entry) {
      waiting.add(entry);
      start();
      return () => {
        waiting.delete(entry);
        if (!waiting.size) stop();
      };
    },
    whenEverything(show) {
      if (all) {
        show();
        return () => {};
      }
      onEverything.add(show);
      return () => { onEverything.delete(show); };
    },
    showEverything() {
      all = true;
      const shown = [...waiting];
      const told = [...onEverything];
      waiting.clear();
      onEverything.clear();
      stop();
      shown.forEach((w) => w.show());
      told.forEach((show) => show());
    },
    dispose: stop,
  };
}
