import { useQuery } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useProjectsOptions } from './month';
import type { Project, Projects } from '@/contract/schemas';
import { createExternalStore } from '@/lib/external-store';
import { nameSearchVersion, selectProjects, subscribeNameSearch } from '@/projects/selection/select';
import { FILTER_KEYS, parseFilterParams, type FilterKey, type FilterParams } from '@/projects/selection/filter-params';
import { CHOICE, knownValuesOf, useFilterParams } from './url';
import { useMonthChanges, withChangeIds } from './compare';
import type { MonthChanges } from '@/projects/months/changes';

const NO_FILTERS = Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) as FilterParams;

/**
 * The URL's filters as the charts last heard them. Not a React context: a context change makes React walk the
 * whole tree under its provider for consumers, which at this page's size (six charts of SVG) cost 10 ms a
 * keystroke. Instead one subscriber to the URL tells the charts, and each takes it in a transition.
 */
const heard = createExternalStore<FilterParams>(NO_FILTERS);

let write: ((patch: Partial<FilterParams>) => void) | undefined;

function FilterBroadcast() {
  const [params, setParams] = useFilterParams();
  useEffect(() => heard.set(params), [params]);
  useEffect(() => {
    write = (patch) => { void setParams(patch, CHOICE); };
    return () => { write = undefined; };
  }, [setParams]);
  return null;
}

/**
 * Sets filters as a choice (a history entry) from a chart, through the one URL subscriber above: a chart that
 * subscribed to the URL itself would re-render, urgently and whole, on every keystroke in the search box.
 */
export function chooseFilters(patch: Partial<FilterParams>): void {
  write?.(patch);
}

/**
 * Mount once, inside the nuqs adapter, around everything that draws the filtered list. A keystroke re-renders
 * only the filter bar at once; the charts follow in a transition, a render React can interrupt when the next
 * key arrives (what useDeferredValue does, without the context). Without it (a chart rendered alone, as in a
 * test) the charts show the whole list.
 */
export function FilteredProjectsProvider({ children }: { children: ReactNode }) {
  return <><FilterBroadcast />{children}</>;
}

/** The filters as the charts heard them: updated in a transition, never urgently (see FilterBroadcast). */
export function useHeardFilters(): FilterParams {
  const [params, setParams] = useState(heard.get);
  useEffect(() => {
    const listener = () => {
      const next = heard.get();
      startTransition(() => setParams(next));
    };
    const stop = heard.subscribe(listener);
    // Whatever was said between this chart's first render and now (a chart revealed late, a shared link).
    listener();
    return stop;
  }, []);
  return params;
}

/**
 * Both project charts ask for the same views in the same render (the stage chart also for its cross-filter
 * context); the last two are kept so the list is filtered once per view, not once per chart. Keyed on the
 * cached list itself (replaced, never mutated, on a refetch).
 */
let recent: { items: readonly Project[]; key: string; ids?: ReadonlySet<string>; result: Project[] }[] = [];

function filtered(data: Projects, params: FilterParams, pinyin: number, changes: MonthChanges | undefined): Projects {
  const filters = withChangeIds(parseFilterParams(params, knownValuesOf(data)).filters, changes);
  const key = `${data.asOf}|${pinyin}|${JSON.stringify(filters)}`;
  let hit = recent.find((r) => r.items === data.items && r.key === key && r.ids === filters.changeIds);
  if (!hit) {
    hit = { items: data.items, key, ids: filters.changeIds, result: selectProjects(data.items, filters, data.asOf) };
    recent = [hit, ...recent.slice(0, 1)];
  }
  return { ...data, items: hit.result, total: hit.result.length };
}

/**
 * The project list as the filters in the URL narrow it, from the one cached, unfiltered `projectsQuery()`:
 * no request per filter or keystroke. No structural sharing of the result: comparing 10,000 records deeply
 * with the previous view costs more than the filter, and a new view is a new list anyway.
 */
export function useFilteredProjects(except?: readonly FilterKey[]) {
  const heardParams = useHeardFilters();
  // A chart that cross-filters by a dimension draws all of it (the selection shown, not applied to itself).
  // `except` is a module constant in the caller, so the memo holds.
  const params = useMemo(
    () => (except?.length ? { ...heardParams, ...Object.fromEntries(except.map((k) => [k, null])) } : heardParams),
    [heardParams, except],
  );
  // When the pinyin search arrives (src/stores/pinyin-search.ts) the same q finds more: a new select, a new key.
  // Without a q it changes nothing, so the charts are not drawn again.
  const pinyin = useSyncExternalStore(subscribeNameSearch, () => (params.q ? nameSearchVersion() : 0));
  // Only a change filter needs last month; without one the comparison is not even looked at.
  const monthChanges = useMonthChanges();
  const changes = params.change ? monthChanges : undefined;
  const select = useCallback((data: Projects) => filtered(data, params, pinyin, changes), [params, pinyin, changes]);
  return useQuery({ ...useProjectsOptions(), select, structuralSharing: false });
}
