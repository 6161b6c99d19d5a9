import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { PanelBoundary } from './panel-boundary';

const reveals = new Set<() => void>();
let revealAll = false;

/** Printing, or the first Tab press, shows everything: a brief or a keyboard user must never meet a gap. */
function showEverything() {
  revealAll = true;
  reveals.forEach((r) => r());
  reveals.clear();
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', showEverything);
  window.addEventListener('keydown', (e) => e.key === 'Tab' && showEverything());
}

// Late on purpose: the first seconds belong to the KPIs; off-screen charts must not compete with them.
const IDLE_DELAY_MS = 8000;

function afterLoadIdle(run: () => void): () => void {
  let timer: number | undefined;
  let idle: number | undefined;
  const schedule = () => {
    timer = window.setTimeout(() => {
      idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 2000 }) : undefined;
      if (idle === undefined) run();
    }, IDLE_DELAY_MS);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/**
 * Renders its children once they come near the viewport, or when the browser is idle after load,
 * whichever is first. Below-the-fold charts then cost nothing on the way to the first paint of the KPIs.
 */
export function Reveal({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(revealAll);
  useEffect(() => {
    if (shown) return;
    // A transition: React renders the revealed panel in small slices, so a chart never blocks input.
    const reveal = () => startTransition(() => setShown(true));
    reveals.add(reveal);
    const el = ref.current;
    const io = el && 'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reveal(), { rootMargin: '200px' })
      : null;
    if (io && el) io.observe(el);
    else reveal();
    // Fallback so content never waits for a scroll that may not come (screen readers, find-in-page):
    // a while after the page has loaded, when the browser is idle, not in the middle of the first paint.
    const cancelIdle = afterLoadIdle(reveal);
    return () => {
      reveals.delete(reveal);
      io?.disconnect();
      cancelIdle();
    };
  }, [shown]);
  // Revealed sections that are not chart panels (attention, key items, reading guide) fail alone too.
  if (shown) return <PanelBoundary minHeight={minHeight}>{children}</PanelBoundary>;
  return <div ref={ref} className="skeleton" style={{ minHeight }} aria-hidden="true" />;
}
