import { useCallback, useSyncExternalStore } from 'react';
import { createListeners, type Listeners, type Unsubscribe } from './external-store';

/**
 * Media queries read and followed in one way. Where there is no matchMedia (an old WebView, a test
 * environment) nothing matches and nothing is watched.
 */
const hasMatchMedia = () => typeof matchMedia === 'function';

/** Whether `query` matches now. */
export const mediaMatches = (query: string): boolean => hasMatchMedia() && matchMedia(query).matches;

// One MediaQueryList listener per query however many follow it: added by the first, removed by the last.
const watched = new Map<string, Listeners<[boolean]>>();

function listenTo(query: string, emit: (matches: boolean) => void): Unsubscribe {
  const list = matchMedia(query);
  const change = (event: { matches: boolean }) => emit(event.matches);
  // Safari before 14 has only the deprecated addListener on a MediaQueryList.
  if (typeof list.addEventListener === 'function') {
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }
  list.addListener(change);
  return () => list.removeListener(change);
}

/** Calls `onChange` with the new answer each time `query` starts or stops matching; returns the unsubscribe. */
export function watchMedia(query: string, onChange: (matches: boolean) => void): Unsubscribe {
  if (!hasMatchMedia()) return () => {};
  let listeners = watched.get(query);
  if (!listeners) {
    listeners = createListeners<[boolean]>((emit) => listenTo(query, emit));
    watched.set(query, listeners);
  }
  return listeners.add(onChange);
}

/** Whether `query` matches, followed live; `serverValue` where nothing is rendered in a browser. */
export function useMediaQuery(query: string, serverValue = false): boolean {
  const subscribe = useCallback((notify: () => void) => watchMedia(query, () => notify()), [query]);
  return useSyncExternalStore(subscribe, () => mediaMatches(query), () => serverValue);
}
