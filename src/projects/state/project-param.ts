/**
 * Which project's page is open (`?project=P09`): a drawer over the current view, addressable by URL so a
 * planner can send one project as a link. Opening is a step (a history entry), so Back closes the drawer.
 * The drawer itself is a lazy chunk (src/features/project-detail); this is all the entry carries of it.
 */
import { parseAsString, useQueryState } from 'nuqs';
import { useCallback } from 'react';
import { searchWith } from '@/lib/url-state';

/** A project id as a link may carry it; anything else is reported in the drawer, never looked up. */
export const PROJECT_ID_FORM = /^[A-Za-z0-9_-]{1,40}$/;

// Whether this page pushed the entry the drawer is open on. Then closing it is Back (the list's entry is
// right behind), so Forward, not Back, reopens it; a drawer opened from a shared link has nothing behind it
// on this page, and closing it replaces the entry instead.
let pushedHere = false;

export interface ProjectParam {
  /** The raw `project` value, or null when no drawer is open. */
  id: string | null;
  open: (id: string) => void;
  close: () => void;
}

export function useProjectParam(): ProjectParam {
  const [id, setId] = useQueryState('project', parseAsString);
  const open = useCallback((next: string) => {
    pushedHere = true;
    void setId(next, { history: 'push' });
  }, [setId]);
  const close = useCallback(() => {
    if (pushedHere && typeof history !== 'undefined') {
      pushedHere = false;
      history.back();
    } else void setId(null, { history: 'replace' });
  }, [setId]);
  return { id, open, close };
}

/** The address of a project's page: the current URL (view, filters, language kept) with `project=id`. */
export function projectHref(id: string): string {
  if (typeof location === 'undefined') return `?project=${encodeURIComponent(id)}`;
  return `${location.pathname}?${searchWith(location.search, { project: id })}`;
}
