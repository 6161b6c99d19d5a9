/**
 * The project filters live in the URL and nowhere else: nuqs reads and writes `?category=&stage=&park=&q=`,
 * follows Back and Forward (popstate), and batches writes. What a filter means is decided by the contract's
 * schemas in src/lib/url-state.ts, against the categories and parks of the loaded data.
 */
import { throttle, useQueryStates, type Options } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectFilters } from '@/contract/schemas';
import { FILTER_KEYS, filterParsers, parseFilterParams, type FilterKey, type KnownValues } from '@/lib/url-state';

/** Picking a filter is a step the reader may undo with Back, so it adds a history entry. */
const CHOICE: Options = { history: 'push' };
/** Typing is not: each keystroke replaces the entry, and the address bar is written at most every 350 ms. */
const TYPING: Options = { history: 'replace', limitUrlUpdates: throttle(350) };

/** The raw `?category=&stage=&park=&q=` strings (null when absent) and their setter. */
export const useFilterParams = () => useQueryStates(filterParsers, CHOICE);

export interface ProjectFilterState {
  /** The raw strings: the search box shows what was typed, spaces included. */
  params: Record<FilterKey, string | null>;
  /** What the charts apply: each value checked against the contract and, once loaded, the data. */
  filters: ProjectFilters;
  /** Values of the opened link that were ignored (and dropped from the URL), as `key=value`. */
  rejected: string[];
  setFilter: <K extends FilterKey>(key: K, value: string | undefined) => void;
  clear: () => void;
}

/**
 * The filter bar's state. A link's invalid values are reported and dropped from the URL (replacing the entry,
 * so Back never leads to the broken link again); the report stays until the reader changes a filter.
 */
export function useProjectFilterState(known: KnownValues | undefined): ProjectFilterState {
  const [params, setParams] = useFilterParams();
  const { filters, rejected: found } = useMemo(() => parseFilterParams(params, known), [params, known]);
  const [report, setReport] = useState<{ seen: string; list: string[] }>({ seen: '', list: [] });
  const seen = found.join('\n');
  // Collected during render (React's "adjust state on change" pattern): a link can fail twice, first on its
  // form (stage=<script>), then, once the data names the parks, on its meaning (park=moon).
  if (seen && seen !== report.seen) setReport({ seen, list: [...report.list, ...found.filter((x) => !report.list.includes(x))] });

  useEffect(() => {
    const bad = FILTER_KEYS.filter((k) => params[k] !== null && params[k]?.trim() !== '' && filters[k] === undefined);
    if (bad.length) void setParams(Object.fromEntries(bad.map((k) => [k, null])), { history: 'replace' });
  }, [params, filters, setParams]);

  const setFilter = useCallback(<K extends FilterKey>(key: K, value: string | undefined) => {
    setReport((r) => (r.list.length ? { ...r, list: [] } : r));
    void setParams({ [key]: value || null }, key === 'q' ? TYPING : CHOICE);
  }, [setParams]);
  const clear = useCallback(() => {
    setReport((r) => (r.list.length ? { ...r, list: [] } : r));
    void setParams(null, CHOICE);
  }, [setParams]);
  return { params, filters, rejected: report.list, setFilter, clear };
}
