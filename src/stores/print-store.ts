import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { create } from 'zustand';

export type PrintOrientation = 'portrait' | 'landscape';

interface PrintState {
  /** True from the browser's beforeprint to its afterprint: everything renders, charts at fixed sizes. */
  printing: boolean;
  /** The brief's page: A4 portrait unless the reader chose landscape for this print. */
  orientation: PrintOrientation;
}

export const usePrintStore = create<PrintState>()(() => ({ printing: false, orientation: 'portrait' }));

export const usePrinting = () => usePrintStore((s) => s.printing);
export const usePrintOrientation = () => usePrintStore((s) => s.orientation);
export const setPrintOrientation = (orientation: PrintOrientation) => usePrintStore.setState({ orientation });

/**
 * Only what changes the DOM synchronously inside beforeprint reaches the printout: the browser lays the
 * pages out as soon as the handler returns. flushSync makes React render and commit every subscriber
 * (sections, charts, the print frame) before that. (A zustand update is rendered at the sync priority even
 * without it, in the microtask after this listener; flushSync does not depend on how subscribers schedule.)
 */
export function startPrinting(): void {
  flushSync(() => usePrintStore.setState({ printing: true }));
}

/** The print is over; a landscape page was chosen for that one print, so the next Ctrl+P is portrait again. */
export function stopPrinting(): void {
  usePrintStore.setState({ printing: false, orientation: 'portrait' });
}

/** The browser's print events drive the store while the app is mounted (src/app/providers.tsx). */
export function usePrintEvents(): void {
  useEffect(() => {
    window.addEventListener('beforeprint', startPrinting);
    window.addEventListener('afterprint', stopPrinting);
    return () => {
      window.removeEventListener('beforeprint', startPrinting);
      window.removeEventListener('afterprint', stopPrinting);
    };
  }, []);
}
