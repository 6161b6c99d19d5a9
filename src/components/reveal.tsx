import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { usePrinting, usePrintStore } from '@/stores/print-store';
import { PanelBoundary } from './panel-boundary';
import { createRevealScheduler, type RevealScheduler } from './reveal-scheduler';

const RevealContext = createContext<RevealScheduler | null>(null);

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
 * Renders its children once they come near the viewport, or when the browser is idle after load (one
 * section per quiet stretch, highest first), whichever is first. Below-the-fold sections then cost nothing
 * on the way to the first paint, and still arrive without a scroll (screen readers, find-in-page). Outside a
 * RevealProvider only approach and print reveal.
 */
export function Reveal({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const scheduler = useContext(RevealContext);
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(() => scheduler?.all ?? false);
  // Printing renders the children in the same synchronous render: a transition would land after the pages are laid out.
  const printing = usePrinting();
  // Shown for a print, it stays shown after it (state adjusted while rendering, as React advises).
  if (printing && !shown) setShown(true);
  const revealed = shown || printing;
  useEffect(() => {
    if (revealed) return;
    // A transition: React renders the revealed panel in small slices, so a chart never blocks input.
    const show = () => startTransition(() => setShown(true));
    const el = ref.current;
    if (!el || !('IntersectionObserver' in window)) {
      show();
      return;
    }
    const leave = scheduler?.add({ el, show });
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        leave?.();
        show();
      }
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => {
      leave?.();
      io.disconnect();
    };
  }, [revealed, scheduler]);
  // Revealed sections that are not chart panels (attention, key items, reading guide) fail alone too.
  if (revealed) return <PanelBoundary minHeight={minHeight}>{children}</PanelBoundary>;
  return <div ref={ref} className="skeleton" style={{ minHeight }} aria-hidden="true" />;
}
