import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { usePrinting, usePrintStore } from '@/stores/print-store';
import { PanelBoundary } from './panel-boundary';
import { createRevealScheduler, type RevealScheduler } from './reveal-scheduler';

const RevealContext = createContext<RevealScheduler | null>(null);
/** Whether the Reveal around this was shown because the reader came near it (or pressed Tab, or printed). */
const ApproachedContext = createContext(false);
/** How far ahead of the viewport a section counts as approached. */
const APPROACH_MARGIN = '200px';

/**
 * Owns what every Reveal shares: the idle chain, and the two events that show everything at once (the first
 * Tab press: a keyboard user must never meet a gap; printing: neither must a brief). All of it stops on unmount.
 */
export function RevealProvider({ children }: { children: ReactNode }) {
  const [scheduler] = useState(createRevealScheduler);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') scheduler.showEverything();
    };
    window.addEventListener('keydown', onKey);
    // Printing renders every Reveal in the store's flushSync (each reads `printing`); this keeps them shown
    // after the print, so the page does not fold back under the reader.
    const unsubscribe = usePrintStore.subscribe((s) => {
      if (s.printing) scheduler.showEverything();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
      scheduler.dispose();
    };
  }, [scheduler]);
  return <RevealContext.Provider value={scheduler}>{children}</RevealContext.Provider>;
}

/**
 * Whether an element has come near the viewport (200 px ahead), or everything is to show (a Tab press, a print):
 * for work the idle path must not do, such as drawing a chart. Once true it stays true. Where there is no
 * IntersectionObserver (jsdom, very old browsers) it is true at once.
 */
export function useApproached(ref: RefObject<HTMLElement | null>): boolean {
  const scheduler = useContext(RevealContext);
  const approached = useContext(ApproachedContext);
  const [near, setNear] = useState(() => approached || (scheduler?.all ?? false));
  const printing = usePrinting();
  if (printing && !near) setNear(true);
  useEffect(() => {
    if (near) return undefined;
    const el = ref.current;
    if (!el || !('IntersectionObserver' in window)) {
      setNear(true);
      return undefined;
    }
    const show = () => startTransition(() => setNear(true));
    const leave = scheduler?.whenEverything(show);
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) show();
    }, { rootMargin: APPROACH_MARGIN });
    io.observe(el);
    return () => {
      leave?.();
      io.disconnect();
    };
  }, [near, ref, scheduler]);
  return near;
}

/**
 * Renders its children once they come near the viewport, or when the browser is idle after load (one
 * section per quiet stretch, highest first), whichever is first. Below-the-fold sections then cost nothing
 * on the way to the first paint, and still arrive without a scroll (screen readers, find-in-page). Outside a
 * RevealProvider only approach and print reveal.
 */
export function Reveal({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const scheduler = useContext(RevealContext);
  const ref = useRef<HTMLDivElement>(null);
  // How it came to show: the idle path brings the words only; approach, Tab or print the drawings too.
  const [shown, setShown] = useState<false | 'idle' | 'near'>(() => (scheduler?.all ? 'near' : false));
  // Printing renders the children in the same synchronous render: a transition would land after the pages are laid out.
  const printing = usePrinting();
  // Shown for a print, it stays shown after it (state adjusted while rendering, as React advises).
  if (printing && shown !== 'near') setShown('near');
  const revealed = shown !== false || printing;
  useEffect(() => {
    if (revealed) return;
    // A transition: React renders the revealed panel in small slices, so a chart never blocks input.
    const show = (how: 'idle' | 'near') => startTransition(() => setShown((s) => (s === 'near' ? s : how)));
    const el = ref.current;
    if (!el || !('IntersectionObserver' in window)) {
      show('near');
      return;
    }
    const leave = scheduler?.add({ el, show: () => show(scheduler.all ? 'near' : 'idle') });
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        leave?.();
        show('near');
      }
    }, { rootMargin: APPROACH_MARGIN });
    io.observe(el);
    return () => {
      leave?.();
      io.disconnect();
    };
  }, [revealed, scheduler]);
  // Revealed sections that are not chart panels (attention, key items, reading guide) fail alone too.
  // A reader who scrolled past quickly has approached it already: its charts draw without waiting to be seen again.
  if (revealed) {
    return (
      <ApproachedContext.Provider value={shown === 'near'}>
        <PanelBoundary minHeight={minHeight}>{children}</PanelBoundary>
      </ApproachedContext.Provider>
    );
  }
  return <div ref={ref} className="skeleton" style={{ minHeight }} aria-hidden="true" />;
}
