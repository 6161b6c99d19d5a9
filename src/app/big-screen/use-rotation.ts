import { useCallback, useEffect, useRef, useState } from 'react';
import { useMediaQuery } from '@/lib/media-query';

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The system's "reduce motion" setting, followed live (it can be switched while the screen runs). */
export const useReducedMotion = (): boolean => useMediaQuery(REDUCED_MOTION);

/**
 * off: no interval in the link. running: the next panel comes by itself. paused: Space or the button. hover: the
 * pointer is over the screen (someone is reading or about to point). reduced: the system asks for less motion,
 * so nothing moves by itself.
 */
export type RotationState = 'off' | 'running' | 'paused' | 'hover' | 'reduced';

export interface Rotation {
  state: RotationState;
  /** Space and the pause button; nothing to pause without an interval. */
  togglePause: () => void;
  /** For pointer enter/leave on the stage (a mouse only: a tap on a touch screen never "leaves"). */
  setHover: (over: boolean) => void;
}

/**
 * Advances to the next panel every `interval` seconds of running time: a pause keeps what is left of the current
 * panel's time, and any change of panel (a key, a button, the rotation itself) starts a full interval again.
 * Elapsed time is performance.now(), a timer's clock, never the date.
 */
export function useRotation(interval: number | null, panel: string, advance: () => void): Rotation {
  const reduced = useReducedMotion();
  const [paused, setPaused] = useState(false);
  const [hover, setHover] = useState(false);
  const state: RotationState = interval === null ? 'off' : reduced ? 'reduced' : paused ? 'paused' : hover ? 'hover' : 'running';
  const next = useRef(advance);
  useEffect(() => { next.current = advance; }, [advance]);
  const budget = useRef({ key: '', left: 0 });

  useEffect(() => {
    if (state !== 'running' || interval === null) return undefined;
    const key = `${panel}:${interval}`;
    if (budget.current.key !== key) budget.current = { key, left: interval * 1000 };
    const started = performance.now();
    const timer = setTimeout(() => {
      budget.current.key = '';
      next.current();
    }, budget.current.left);
    return () => {
      clearTimeout(timer);
      budget.current.left = Math.max(0, budget.current.left - (performance.now() - started));
    };
  }, [state, panel, interval]);

  const togglePause = useCallback(() => {
    if (interval !== null) setPaused((p) => !p);
  }, [interval]);
  return { state, togglePause, setHover };
}
