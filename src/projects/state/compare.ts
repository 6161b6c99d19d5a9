/**
 * This month against the one published before it: the projects of both months, each its own cached query,
 * compared once per pair (src/projects/months/changes.ts). With one month, the oldest month or a source that
 * publishes none, there is nothing to compare and nothing claims a change.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { whenIdle } from '@/lib/idle';
import { projectsQuery } from '@/api/queries';
import type { MonthEntry, Projects } from '@/contract/schemas';
import type * as Changes from '@/projects/months/changes';
import type { MonthChanges } from '@/projects/months/changes';
import type { ProjectSelection } from '@/projects/selection/select';
import { useProjects } from './month';
import { useFilterParams } from './url';

export type MonthComparison =
  | { state: 'none' }
  | { state: 'loading'; previous: MonthEntry }
  | { state: 'error'; previous: MonthEntry; error: unknown; retry: () => void }
  | { state: 'ready'; previous: MonthEntry; current: Projects; changes: MonthChanges };

/** The month listed after this one (months are newest first), if any. */
export function previousMonthOf(data: Projects | undefined): MonthEntry | undefined {
  if (!data?.month || !data.months) return undefined;
  const at = data.months.findIndex((m) => m.month === data.month);
  return at >= 0 ? data.months[at + 1] : undefined;
}

/**
 * Last month is read only once the browser is idle after this month has rendered: before the first chart the page
 * asks for nothing but the manifest and this month. A link that filters by a change needs it at once. (It used to
 * wait for recharts too; the first screen's charts no longer need it, and loading it here only added its evaluation.)
 */
function useReadyToCompare(wanted: boolean, urgent: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted || ready || urgent) return undefined;
    return whenIdle(() => setReady(true), { timeout: 2_000, fallbackMs: 300 });
  }, [wanted, ready, urgent]);
  return ready || urgent;
}

type ChangesModule = typeof Changes;
// The comparison's code is a chunk of its own, fetched with last month's data: the demo never needs it.
let changesModule: ChangesModule | undefined;
let loadingChanges: Promise<ChangesModule> | undefined;
function loadChanges(): Promise<ChangesModule> {
  loadingChanges ??= import('@/projects/months/changes').then(
    (m) => (changesModule = m),
    (e: unknown) => { loadingChanges = undefined; throw e; },
  );
  return loadingChanges;
}

/** The changes module once loaded (at once if another panel loaded it), with a retry if its chunk failed. */
function useChangesModule(wanted: boolean): { mod?: ChangesModule; error?: unknown; retry: () => void } {
  const [state, setState] = useState<{ mod?: ChangesModule; error?: unknown }>(() => ({ mod: changesModule }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || state.mod) return undefined;
    let gone = false;
    loadChanges().then((mod) => { if (!gone) setState({ mod }); }, (error: unknown) => { if (!gone) setState({ error }); });
    return () => { gone = true; };
  }, [wanted, state.mod, attempt]);
  return { ...state, retry: () => { setState({}); setAttempt((n) => n + 1); } };
}

export function useMonthComparison(): MonthComparison {
  const { data } = useProjects();
  const [{ change }] = useFilterParams();
  const previous = previousMonthOf(data);
  const ready = useReadyToCompare(!!previous, !!change);
  const before = useQuery({ ...projectsQuery(previous?.month ?? null), enabled: !!previous && ready });
  const code = useChangesModule(!!before.data);
  if (!previous || !data) return { state: 'none' };
  if (before.data && code.mod) return { state: 'ready', previous, current: data, changes: code.mod.cachedMonthChanges(data, before.data) };
  if (before.isError) return { state: 'error', previous, error: before.error, retry: () => void before.refetch() };
  if (code.error) return { state: 'error', previous, error: code.error, retry: code.retry };
  return { state: 'loading', previous };
}

/** A selection with its change kind resolved to this month's ids (none until the comparison is in). */
export function withChangeIds(filters: ProjectSelection, changes: MonthChanges | undefined): ProjectSelection {
  if (!filters.change) return filters;
  return { ...filters, changeIds: changes?.ids[filters.change] };
}

/** The changes once both months are in (the same object while they stay): what a memo can depend on. */
export function useMonthChanges(): MonthChanges | undefined {
  const comparison = useMonthComparison();
  return comparison.state === 'ready' ? comparison.changes : undefined;
}
