/**
 * The project selection lives in the URL and nowhere else: nuqs reads and writes
 * `?category=&stage=&status=&park=&unit=&min=&max=&q=` and `?sort=`, follows Back and Forward (popstate), and
 * batches writes. The overview's charts and the projects table read the same parameters, so one link means
 * one selection on every view. What a value means is decided by the contract's schemas in src/lib/url-state.ts,
 * against the categories, parks and units of the loaded data. What only the filter bar and the projects view
 * need (the report of a bad link, the sort) is in selection.ts, loaded with them.
 */
import { useQueryStates, type Options } from 'nuqs';
import type { Projects } from '@/contract/schemas';
import { unitsOf } from '@/projects/selection/select';
import { viewParsers } from '@/lib/url-state';
import { filterParsers, type KnownValues } from '@/projects/selection/filter-params';

/** Picking a filter or a sort is a step the reader may undo with Back, so it adds a history entry. */
export const CHOICE: Options = { history: 'push' };

/** The raw filter strings (null when absent) and their setter. */
export const useFilterParams = () => useQueryStates(filterParsers, CHOICE);
export const useSortParam = () => useQueryStates({ sort: viewParsers.sort }, CHOICE);

/** What the data says exists, for checking a link: computed once per loaded list. */
const knownCache = new WeakMap<Projects, KnownValues>();
export function knownValuesOf(data: Projects | undefined): KnownValues | undefined {
  if (!data) return undefined;
  let known = knownCache.get(data);
  if (!known) knownCache.set(data, (known = { categories: data.categories, parks: data.parks, units: unitsOf(data.items) }));
  return known;
}

