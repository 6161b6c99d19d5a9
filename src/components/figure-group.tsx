import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { idleAfterLoad } from '@/lib/idle';
import { popoverRequested, preloadPopoverQuietly } from './figure-popover-loader';

/** One figure explains itself at a time: the one that opens closes the one open before it. */
interface OpenFigure {
  /** Marks `close` as the open figure's, closing the previous one; the cancel forgets it again. */
  claim(close: () => void): () => void;
}

function createOpenFigure(): OpenFigure {
  let current: (() => void) | undefined;
  return {
    claim(close) {
      current?.();
      current = close;
      return () => {
        if (current === close) current = undefined;
      };
    },
  };
}

const FigureContext = createContext<OpenFigure | null>(null);

// How long the idle preload may wait for a quiet moment, and Safari's timer instead (no requestIdleCallback).
const IDLE_TIMEOUT_MS = 3000;
const SAFARI_DELAY_MS = 300;

/**
 * The page's figures as a group. A press elsewhere or focus moving already closes an open popover (Radix); a
 * hover is neither, so the group tracks the open one. It also fetches the popover chunk when the browser is
 * idle after load, unless a figure already asked (then a failed download waits for the reader's next move
 * rather than being retried behind their back); unmounting calls that off.
 */
export function FigureGroup({ children }: { children: ReactNode }) {
  const [group] = useState(createOpenFigure);
  useEffect(() => idleAfterLoad(() => {
    if (!popoverRequested()) preloadPopoverQuietly();
  }, { timeout: IDLE_TIMEOUT_MS, fallbackMs: SAFARI_DELAY_MS }), []);
  return <FigureContext.Provider value={group}>{children}</FigureContext.Provider>;
}

/** While `open`, this figure is the group's open one (outside a group, figures do not coordinate). */
export function useOnlyOpenFigure(open: boolean, close: () => void): void {
  const group = useContext(FigureContext);
  useEffect(() => {
    if (!open || !group) return;
    return group.claim(close);
    // `close` is a fresh closure each render; the claim must follow `open` alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, group]);
}
