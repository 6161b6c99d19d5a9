/**
 * Links into a view of the page with a selection (`?view=projects&status=at-risk`): which view is the URL's, with
 * the filters, so a shared link opens on the same view with the same selection. Switching view is a step the
 * reader may undo, so it adds a history entry; Back returns to the view before (nuqs follows popstate). Which
 * views exist is the app's registry (src/app/views.tsx); the domain knows the one it owns, the projects list.
 */
import { useQueryStates } from 'nuqs';
import { useCallback, useMemo, type MouseEvent } from 'react';
import { isPlainClick, langParser, searchWith, viewParamOf, viewParsers } from '@/lib/url-state';
import { filterParsers, type FilterParams } from '@/projects/selection/filter-params';

/** The projects list's `?view=` value. */
export const PROJECTS_VIEW = 'projects';

const linkKeys = { view: viewParsers.view, sort: viewParsers.sort, lang: langParser, ...filterParsers };

/** What a link to a view changes: the view (a registry id), and optionally filters (null removes one). */
export type ViewTarget = { view: string } & Partial<FilterParams>;

/** The address a view link points to: the current URL with the target's changes (the language and the rest kept). */
function hrefOf({ view, ...filters }: ViewTarget): string {
  if (typeof location === 'undefined') return '';
  const search = searchWith(location.search, { view: viewParamOf(view), ...filters });
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

/**
 * A real link (it opens in a new tab, and can be copied) that, clicked, switches view in place through nuqs:
 * one history entry, no reload, the cached data kept. Re-renders when the URL's view, filters or language
 * change, so its href is always the address it leads to.
 */
export function useViewLink(target: ViewTarget): { href: string; onClick: (event: MouseEvent<HTMLAnchorElement>) => void } {
  const [params, setParams] = useQueryStates(linkKeys);
  const { view, ...filters } = target;
  const patch = JSON.stringify(filters);
  const href = useMemo(() => hrefOf({ view, ...(JSON.parse(patch) as Partial<FilterParams>) }), [view, patch, params]); // eslint-disable-line react-hooks/exhaustive-deps
  const onClick = useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    void setParams({ view: viewParamOf(view), ...(JSON.parse(patch) as Partial<FilterParams>) }, { history: 'push', scroll: true });
  }, [view, patch, setParams]);
  return { href, onClick };
}
