/**
 * Which view the page shows (the overview, or the projects list at `?view=projects`) lives in the URL with
 * the filters, so a shared link opens on the same view with the same selection. Switching view is a step the
 * reader may undo, so it adds a history entry; Back returns to the view before (nuqs follows popstate).
 */
import { useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { isPlainClick, langParser, parseViewParam, searchWith, viewParamOf, viewParsers, type View } from '@/lib/url-state';
import { filterParsers, type FilterParams } from '@/projects/selection/filter-params';

const keys = { view: viewParsers.view };
const linkKeys = { ...keys, sort: viewParsers.sort, lang: langParser, ...filterParsers };

export interface ViewState {
  view: View;
  /** A `view` value of the opened link that we could not use (and dropped), for the notice. */
  rejected: string | null;
}

/** The view in the URL. An unknown one shows the overview, is reported, and is dropped (replacing the entry). */
export function useView(): ViewState {
  const [{ view: raw }, setParams] = useQueryStates(keys);
  const { view, rejected } = useMemo(() => parseViewParam(raw), [raw]);
  const [report, setReport] = useState<string | null>(null);
  // Kept after the drop, until the reader picks a view (React's "adjust state on change" pattern).
  if (rejected && rejected !== report) setReport(rejected);
  useEffect(() => {
    if (rejected) void setParams({ view: null }, { history: 'replace' });
  }, [rejected, setParams]);
  return { view, rejected: report && view === 'overview' ? report : null };
}

/** What a link to a view changes: the view, and optionally filters (null removes one). */
export type ViewTarget = { view: View } & Partial<FilterParams>;

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
