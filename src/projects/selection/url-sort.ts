/**
 * The sort in the URL (`?sort=plannedWan.desc`), parsed like the filters (src/lib/url-state.ts): a bad value is
 * reported and dropped. Apart from url-state.ts because only the lazily loaded projects view sorts.
 */
import { SORT_KEYS, type ProjectSort } from './select';
import { shown } from '@/lib/url-state';

/** `?sort=plannedWan.desc` → the sort; anything else is reported (and the list keeps its own order). */
export function parseSortParam(raw: string | null): { sort?: ProjectSort; rejected: string | null } {
  if (raw === null || raw.trim() === '') return { rejected: null };
  const [key, dir, extra] = raw.split('.');
  if (extra === undefined && (SORT_KEYS as readonly string[]).includes(key ?? '') && (dir === 'asc' || dir === 'desc')) {
    return { sort: { key: key as ProjectSort['key'], dir }, rejected: null };
  }
  return { rejected: shown('sort', raw) };
}

export const sortParamOf = (sort: ProjectSort | undefined): string | null => (sort ? `${sort.key}.${sort.dir}` : null);

