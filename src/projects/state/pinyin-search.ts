/**
 * Loading the pinyin search (src/projects/selection/pinyin-readings.ts, a chunk of its own with pinyin-pro) when a reader is
 * about to search: on the search box's first focus, or at once when the URL carries `q`, so a shared link
 * with q=sjzx lists the same rows once it arrives (until then the literal match applies). Only lazily loaded
 * code imports this; the initial JS holds just the hook it registers into (setNameSearch in select.ts).
 */
import { useSyncExternalStore } from 'react';
import type { Project } from '@/contract/schemas';
import { createChunkLoader } from '@/lib/chunk-loader';
import { createExternalStore } from '@/lib/external-store';
import { literalRange, type Range } from '@/projects/selection/name-search';
import { nameSearchVersion, setNameSearch, subscribeNameSearch } from '@/projects/selection/select';

export interface PinyinState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Once ready: what of a name to highlight (literal match, else the characters pinyin matched). */
  range?: (name: string, q: string) => Range | null;
  /** Once ready: reads a list's names ahead in idle time; returns the cancel. */
  readAhead?: (items: readonly Project[]) => () => void;
}

const pinyin = createExternalStore<PinyinState>({ status: 'idle' });
const readings = createChunkLoader(() => import('@/projects/selection/pinyin-readings'));

/** Starts loading, unless loading or loaded; after a failure the next call (the next focus) tries again. */
export function loadPinyin(): void {
  const { status } = pinyin.get();
  if (status === 'loading' || status === 'ready') return;
  pinyin.set({ status: 'loading' });
  readings.load().then(
    (m) => {
      setNameSearch(m.findProjects);
      pinyin.set({ status: 'ready', range: m.pinyinRange, readAhead: m.readAhead });
    },
    () => pinyin.set({ status: 'failed' }),
  );
}

/** Changes once, when the pinyin search arrives: a key part for anything that filtered with q. */
export const pinyinVersion = nameSearchVersion;

/** The loader's state, re-rendering on each change (loading, ready, failed). */
export const usePinyin = (): PinyinState => useSyncExternalStore(pinyin.subscribe, pinyin.get, pinyin.get);

/**
 * Whether the pinyin search is in for this query, as a hook: a view that filters with q renders again when it
 * arrives. Without a q it stays false, so focusing the box re-renders nothing but the box.
 */
export const usePinyinReady = (q: string | undefined): boolean =>
  useSyncExternalStore(subscribeNameSearch, () => !!q && nameSearchVersion() > 0);

/** What of a text a query matched, for <mark>: pinyin's range once it has loaded, the literal one until then. */
export const useSearchRange = (q: string | undefined): ((text: string, q: string) => Range | null) =>
  useSyncExternalStore(pinyin.subscribe, () => (q && pinyin.get().range) || literalRange);
