import { vi } from 'vitest';

type Listener = (e: { matches: boolean }) => void;

/**
 * A matchMedia whose one query the test flips; any other query never matches. `legacy`: a MediaQueryList with
 * only addListener/removeListener, as in Safari before 14 (older WeChat on iOS). Undo with vi.unstubAllGlobals().
 */
export function fakeMedia(query: string, { matches = false, legacy = false } = {}) {
  const listeners = new Set<Listener>();
  const list = {
    matches,
    media: query,
    onchange: null,
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
    dispatchEvent: () => false,
    ...(legacy ? {} : {
      addEventListener: (_type: string, l: Listener) => listeners.add(l),
      removeEventListener: (_type: string, l: Listener) => listeners.delete(l),
    }),
  };
  const other = { ...list, matches: false, addListener: () => {}, addEventListener: () => {} };
  const matchMedia = vi.fn((q: string) => (q === query ? list : other));
  vi.stubGlobal('matchMedia', matchMedia);
  return {
    listeners,
    matchMedia,
    flip(to: boolean) {
      list.matches = to;
      for (const l of [...listeners]) l({ matches: to });
    },
  };
}
