import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { usePrinting, usePrintStore } from '@/stores/print-store';
import { PanelBoundary } from './panel-boundary';

/** A section still waiting: how to show it, and where it sits (the idle path shows the highest first). */
interface Waiting { show: () => void; el: HTMLElement | null }

const waiting = new Set<Waiting>();
let revealAll = false;

/** Printing, or the first Tab press, shows everything: a brief or a keyboard user must never meet a gap. */
function showEverything() {
  revealAll = true;
  waiting.forEach((w) => w.show());
  waiting.clear();
}
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', (e) => e.key === 'Tab' && showEverything());
}
// Printing starts (beforeprint): every Reveal already renders its children in the store's flushSync, since it
// reads `printing`; this keeps them shown after the print, so the page does not fold back under the reader.
usePrintStore.subscribe((s) => s.printing && showEverything());

// "Idle" means a stretch with nothing long in the way, not one free moment: a section is shown only after several
// idle callbacks in a row each came soon after it was asked for (no long task in between; frames, such as a
// skeleton's shimmer, do not count against it), a longer stretch before the first one, so work the page still
// has in hand (the first-screen charts, their data) finishes first. No timeout: a page that is never idle shows
// the rest on approach, Tab or print, as before.
const QUIET_BEFORE_FIRST = 20;
const QUIET_BETWEEN = 3;
const SOON_MS = 60;
// Safari (14, our floor, and later) has no requestIdleCallback: a chain of short timers instead, each a task of
// its own, judged the same way (one that fires late found the thread busy).
const SAFARI_STEP_MS = 20;
let pumping = false;
let quiet = 0;
let needed = QUIET_BEFORE_FIRST;

function nextWhenIdle(run: (soon: boolean) => void) {
  const asked = performance.now();
  const done = () => run(performance.now() - asked < SOON_MS);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(done);
  else window.setTimeout(done, SAFARI_STEP_MS);
}

/** The waiting section nearest the top of the page: the one a reader scrolling down meets first. */
function first(): Waiting | undefined {
  let best: Waiting | undefined;
  for (const w of waiting) {
    if (!best || (w.el && best.el && best.el.compareDocumentPosition(w.el) & Node.DOCUMENT_POSITION_PRECEDING)) best = w;
  }
  return best;
}

/**
 * One section per quiet stretch, in a transition React renders in slices, so the idle path adds as little as
 * it can to what competes with input. Stops when nothing waits; a later Reveal restarts it.
 */
function pump(soon: boolean) {
  quiet = soon ? quiet + 1 : 0;
  if (quiet >= needed) {
    const next = first();
    if (!next) {
      pumping = false;
      return;
    }
    waiting.delete(next);
    next.show();
    quiet = 0;
    needed = QUIET_BETWEEN;
  }
  nextWhenIdle(pump);
}

function startPump() {
  if (pumping) return;
  pumping = true;
  const start = () => nextWhenIdle(pump);
  // After load: the first paint and the first-screen charts have the main thread to themselves until then.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Renders its children once they come near the viewport, or when the browser is idle after load (one
 * section per idle callback, highest first), whichever is first. Below-the-fold sections then cost nothing
 * on the way to the first paint, and still arrive without a scroll (screen readers, find-in-page).
 */
export function Reveal({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(revealAll);
  // Printing renders the children in the same synchronous render: a transition would land after the pages are laid out.
  const printing = usePrinting();
  useEffect(() => {
    if (shown) return;
    // A transition: React renders the revealed panel in small slices, so a chart never blocks input.
    const entry: Waiting = { el: ref.current, show: () => startTransition(() => setShown(true)) };
    const reveal = () => {
      waiting.delete(entry);
      entry.show();
    };
    waiting.add(entry);
    const el = ref.current;
    const io = el && 'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reveal(), { rootMargin: '200px' })
      : null;
    if (io && el) io.observe(el);
    else reveal();
    startPump();
    return () => {
      waiting.delete(entry);
      io?.disconnect();
    };
  }, [shown]);
  // Revealed sections that are not chart panels (attention, key items, reading guide) fail alone too.
  if (shown || printing) return <PanelBoundary minHeight={minHeight}>{children}</PanelBoundary>;
  return <div ref={ref} className="skeleton" style={{ minHeight }} aria-hidden="true" />;
}
