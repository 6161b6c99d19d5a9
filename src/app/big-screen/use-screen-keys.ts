import { useEffect, useRef } from 'react';

export interface ScreenKeys {
  step: (by: number) => void;
  togglePause: () => void;
  toggleFullScreen: () => void;
}

/** Where a key belongs to what has focus: typing, or a control whose own keys (Space on a button) must keep working. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return key === ' ' && target.closest('button, a[href], summary, [role="button"], [role="checkbox"], [role="menuitem"]') !== null;
}

/**
 * The screen's keys, on the window so they work wherever focus is (a presenter's clicker sends PageUp/PageDown):
 * ←/PageUp and →/PageDown move, Space pauses or resumes, F toggles full screen. Esc is the browser's own, which
 * leaves full screen. A key a control already handled, a key with a modifier, or a key typed into a field is left alone.
 */
export function useScreenKeys(actions: ScreenKeys): void {
  const current = useRef(actions);
  useEffect(() => { current.current = actions; }, [actions]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target, event.key)) return;
      const a = current.current;
      switch (event.key) {
        case 'ArrowRight': case 'PageDown': a.step(1); break;
        case 'ArrowLeft': case 'PageUp': a.step(-1); break;
        case ' ': a.togglePause(); break;
        case 'f': case 'F': a.toggleFullScreen(); break;
        default: return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
