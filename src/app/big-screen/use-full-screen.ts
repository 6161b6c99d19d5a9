import { useCallback, useEffect, useState } from 'react';

// Safari before 16.4 (our floor is 14) has only the webkit-prefixed API; iPhone Safari has none at all.
type Doc = Document & { webkitFullscreenEnabled?: boolean; webkitFullscreenElement?: Element | null; webkitExitFullscreen?: () => void };
type Root = HTMLElement & { webkitRequestFullscreen?: () => void };

const doc = () => document as Doc;
const root = () => document.documentElement as Root;

/** Whether this browser can show the page full screen at all (false on iPhone, and in a frame that forbids it). */
export function fullScreenAvailable(): boolean {
  if (typeof document === 'undefined') return false;
  const enabled = doc().fullscreenEnabled ?? doc().webkitFullscreenEnabled ?? false;
  return enabled && (typeof root().requestFullscreen === 'function' || typeof root().webkitRequestFullscreen === 'function');
}

const isFullScreen = () => typeof document !== 'undefined' && Boolean(doc().fullscreenElement ?? doc().webkitFullscreenElement);

export interface FullScreen {
  available: boolean;
  active: boolean;
  /** The browser said no (no key press or click behind the request): say so, and let the reader try again. */
  refused: boolean;
  toggle: () => void;
  exit: () => void;
}

/**
 * Full screen for the whole document, so the figure popovers (in portals on <body>) still show in it. Browsers
 * grant it only from a key press or a click, so the mode never asks by itself: F and the button ask.
 */
export function useFullScreen(): FullScreen {
  const [available] = useState(fullScreenAvailable);
  const [active, setActive] = useState(isFullScreen);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const sync = () => setActive(isFullScreen());
    document.addEventListener('fullscreenchange', sync);
    document.addEventListener('webkitfullscreenchange', sync);
    return () => {
      document.removeEventListener('fullscreenchange', sync);
      document.removeEventListener('webkitfullscreenchange', sync);
    };
  }, []);
  const exit = useCallback(() => {
    if (!isFullScreen()) return;
    if (typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => {});
    else doc().webkitExitFullscreen?.();
  }, []);
  const toggle = useCallback(() => {
    if (!available) return;
    if (isFullScreen()) return exit();
    setRefused(false);
    const el = root();
    if (typeof el.requestFullscreen === 'function') void el.requestFullscreen().catch(() => setRefused(true));
    else el.webkitRequestFullscreen?.();
  }, [available, exit]);
  return { available, active, refused, toggle, exit };
}
