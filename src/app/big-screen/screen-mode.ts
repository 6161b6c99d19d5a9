import { parseAsString, useQueryState } from 'nuqs';

/**
 * `?mode=screen` shows the big-screen mode (src/app/big-screen) instead of the page. Only this test is in the
 * initial JS: the mode's panel and interval (src/lib/screen-params.ts) are read inside its lazy chunk.
 * Any other value is the page, as if absent: a link with a mode we do not know still opens the dashboard.
 */
export function useScreenMode(): boolean {
  const [mode] = useQueryState('mode', parseAsString);
  return mode === 'screen';
}
