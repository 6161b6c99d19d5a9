import { useQueryState } from 'nuqs';
import { parseAsString } from 'nuqs';

/** `?mode=screen` shows the big-screen mode (big-screen helper fills this in). */
export function useScreenMode(): boolean {
  const [mode] = useQueryState('mode', parseAsString);
  return mode === 'screen';
}
