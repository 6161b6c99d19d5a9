/**
 * The filter bar's and the projects view's side of the URL state (see url.ts): the selection and
 * sort checked against the data, the report of a link's bad values, and the setters with their history rules.
 * Apart from url.ts because only lazily loaded code uses it.
 */
import { throttle, type Options } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Projects } from '@/contract/schemas';
import type { ProjectSelection, ProjectSort } from '@/projects/selection/select';
import { FILTER_KEYS, parseFilterParams, type FilterKey, type FilterParams } from '@/projects/selection/filter-params';
import { parseSortParam, sortParamOf } from '@/projects/selection/url-sort';
import { CHOICE, knownValuesOf, useFilterParams, useSortParam } from './url';
import { useMonthChanges, withChangeIds } from './compare';

/** Typing is not a step: each keystroke replaces the entry, and the address bar is written at most every 350 ms. */
const TYPING: Options = { history: 'replace', limitUrlUpdates: throttle(350) };
const TYPED = new Set<FilterKey>(['q', 'min', 'max']);
const NO_FILTERS = Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) as FilterParams;
/** `key=value` reports sorted by their key's place in the URL (the sort last); a stable sort keeps each key's values in order. */
const KEY_ORDER: readonly string[] = [...FILTER_KEYS, 'sort'];
const inKeyOrder = (list: string[]) =>
  [...list].sort((a, b) => KEY_ORDER.indexOf(a.slice(0, a.indexOf('='))) - KEY_ORDER.indexOf(b.slice(0, b.indexOf('='))));

/** The selection and sort the URL holds, checked against the data (read-only: for the table and its count). */
export function useProjectSelection(data: Projects | undefined): { filters: ProjectSelection; sort?: ProjectSort } {
  const [params] = useFilterParams();
  const [{ sort: rawSort }] = useSortParam();
  const known = knownValuesOf(data);
  const changes = useMonthChanges();
  const filters = useMemo(() => withChangeIds(parseFilterParams(params, known).filters, changes), [params, known, changes]);
  const sort = useMemo(() => parseSortParam(rawSort).sort, [rawSort]);
  return { filters, sort };
}

/** Sets the sort (a header click): a new history entry, like a filter. */
export function useSetSort(): (sort: ProjectSort | undefined) => void {
  const [, setParams] = useSortParam();
  return useCallback((sort) => { void setParams({ sort: sortParamOf(sort) }, CHOICE); }, [setParams]);
}

export interface ProjectFilterState {
  /** The raw strings: the search box shows what was typed, spaces included. */
  params: FilterParams;
  /** What every view applies: each value checked against the contract and, once loaded, the data. */
  filters: ProjectSelection;
  /** Values of the opened link that were ignored (and dropped from the URL), as `key=value`. */
  rejected: string[];
  /**
   * One parameter: a list as a comma list, a bound in 万元, the search text; null or '' removes it. Typed
   * fields (search, bounds) replace the entry, throttled, unless `how` says it was a choice (a chip removed).
   */
  setFilter: (key: FilterKey, value: string | null, how?: 'choice' | 'typing') => void;
  /** Every filter off (the view and the sort stay). */
  clear: () => void;
}

/**
 * The filter bar's state, mounted once per view. A link's invalid values (the sort's too) are reported and
 * dropped from the URL, replacing the entry so Back never leads to the broken link again; the report stays
 * until the reader changes a filter.
 */
export function useProjectFilterState(data: Projects | undefined): ProjectFilterState {
  const [params, setParams] = useFilterParams();
  const [{ sort: rawSort }, setSortParam] = useSortParam();
  const known = knownValuesOf(data);
  const parsed = useMemo(() => parseFilterParams(params, known), [params, known]);
  const sortRejected = useMemo(() => parseSortParam(rawSort).rejected, [rawSort]);
  const found = sortRejected ? [...parsed.rejected, sortRejected] : parsed.rejected;
  const [report, setReport] = useState<{ seen: string; list: string[] }>({ seen: '', list: [] });
  const seen = found.join('\n');
  // Collected during render (React's "adjust state on change" pattern): a link can fail twice, first on its
  // form (stage=<script>), then, once the data names the parks, on its meaning (park=moon).
  // In the filter bar's order, however the two passes fell, so the notice reads the same on every machine.
  if (seen && seen !== report.seen) setReport({ seen, list: inKeyOrder([...report.list, ...found.filter((x) => !report.list.includes(x))]) });

  const { fixes } = parsed;
  useEffect(() => {
    if (Object.keys(fixes).length) void setParams(fixes, { history: 'replace' });
  }, [fixes, setParams]);
  useEffect(() => {
    if (sortRejected) void setSortParam({ sort: null }, { history: 'replace' });
  }, [sortRejected, setSortParam]);

  const setFilter = useCallback((key: FilterKey, value: string | null, how?: 'choice' | 'typing') => {
    setReport((r) => (r.list.length ? { ...r, list: [] } : r));
    void setParams({ [key]: value || null }, (how ?? (TYPED.has(key) ? 'typing' : 'choice')) === 'typing' ? TYPING : CHOICE);
  }, [setParams]);
  const clear = useCallback(() => {
    setReport((r) => (r.list.length ? { ...r, list: [] } : r));
    void setParams(NO_FILTERS, CHOICE);
  }, [setParams]);
  return { params, filters: parsed.filters, rejected: report.list, setFilter, clear };
}
