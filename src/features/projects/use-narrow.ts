import { useSyncExternalStore } from 'react';

/** Phones: below 600 CSS px the table gives way to cards (the same breakpoint as styles.css). */
const QUERY = '(max-width: 599.98px)';

const subscribe = (notify: () => void) => {
  const list = window.matchMedia(QUERY);
  // Safari 14 has only the old addListener on MediaQueryList.
  if (list.addEventListener) list.addEventListener('change', notify);
  else list.addListener(notify);
  return () => (list.removeEventListener ? list.removeEventListener('change', notify) : list.removeListener(notify));
};
const snapshot = () => window.matchMedia(QUERY).matches;

export const useNarrow = (): boolean => useSyncExternalStore(subscribe, snapshot, () => false);
