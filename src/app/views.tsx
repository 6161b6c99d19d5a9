/**
 * The page's views, in tab order: the one registry the URL parameter, the tabs, the page switch and the snapshot's
 * file name read. A new view is one entry here (its words in the dictionaries). The first is the default, which a
 * plain link opens and which stays out of the URL.
 */
import { useQueryStates } from 'nuqs';
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import type { Messages } from '@/lib/i18n';
import { DEFAULT_VIEW, parseViewParam, viewParsers } from '@/lib/url-state';
import { PROJECTS_VIEW } from '@/projects/state/view';
import { OverviewPage } from './overview-page';
import { ProjectsPage } from './projects-page';

export interface ViewEntry {
  /** The `?view=` value (none for the default). */
  id: string;
  /** The tab's label, which also names a snapshot of the view. */
  label: (m: Messages) => string;
  Page: ComponentType;
}

export const VIEWS = [
  { id: DEFAULT_VIEW, label: (m) => m.views.overview, Page: OverviewPage },
  { id: PROJECTS_VIEW, label: (m) => m.views.projects, Page: ProjectsPage },
] as const satisfies readonly ViewEntry[];

export type View = (typeof VIEWS)[number]['id'];
export const VIEW_IDS: readonly View[] = VIEWS.map((v) => v.id);

export const viewEntry = (id: string, views: readonly ViewEntry[] = VIEWS): ViewEntry => views.find((v) => v.id === id) ?? VIEWS[0];

export interface ViewState {
  view: View;
  /** A `view` value of the opened link that we could not use (and dropped), for the notice. */
  rejected: string | null;
}

const keys = { view: viewParsers.view };

/** The view in the URL. An unknown one shows the default, is reported, and is dropped (replacing the entry). */
export function useView(): ViewState {
  const [{ view: raw }, setParams] = useQueryStates(keys);
  const { view, rejected } = useMemo(() => parseViewParam(raw, VIEW_IDS), [raw]);
  const [report, setReport] = useState<string | null>(null);
  // Kept after the drop, until the reader picks a view (React's "adjust state on change" pattern).
  if (rejected && rejected !== report) setReport(rejected);
  useEffect(() => {
    if (rejected) void setParams({ view: null }, { history: 'replace' });
  }, [rejected, setParams]);
  return { view, rejected: report && view === DEFAULT_VIEW ? report : null };
}
