/**
 * What the header and the printed page say of the data: the projects' as-of date (数据截至), the other parts'
 * dates where they differ, and each distinct source. Read from the cache only (the panels fetch): a part not
 * loaded yet is not named, and nothing here starts a request.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { apiMode, showsDemo } from '@/api/client';
import { projectsQuery } from '@/api/queries';
import { useMonth } from '@/projects/state/month';
import { RESOURCES, type ResourceName } from '@/contract/resources';
import { sourceSchema, type Source } from '@/contract/schemas';
import { formatDate, type Lang } from '@/lib/format';
import type { Messages } from '@/lib/i18n';
import { sameSource, sourceLine } from '@/lib/source-line';

export interface Described { name: ResourceName; asOf: string; source: Source }

/** Projects first: the header's 数据截至 is the projects'; then the order of the page. */
const ORDER: readonly ResourceName[] = ['projects', 'summary', 'funds', 'investment', 'energy', 'policyTasks', 'cooperation', 'platforms'];

/** Items grouped by a key, in first-seen order. */
function groups<T, K>(items: readonly T[], keyOf: (x: T) => K, same: (a: K, b: K) => boolean): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  for (const x of items) {
    const k = keyOf(x);
    const g = out.find((o) => same(o.key, k));
    if (g) g.items.push(x);
    else out.push({ key: k, items: [x] });
  }
  return out;
}

/** The lines, in words: `asOf` the projects' date (or the first part's), `others` the parts that differ from it. */
export function describeSources(parts: readonly Described[], m: Messages, lang: Lang): { asOf?: string; sources: string[] } {
  const sorted = [...parts].sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  const first = sorted[0];
  if (!first) return { sources: [] };
  const named = (xs: readonly Described[]) => xs.map((x) => m.resources[x.name]).join(m.sep.enumeration);
  const dates = groups(sorted.filter((x) => x.asOf !== first.asOf), (x) => x.asOf, (a, b) => a === b)
    .map((g) => m.otherAsOf(named(g.items), formatDate(g.key, lang)));
  const asOf = [m.asOf(formatDate(first.asOf, lang)), ...dates].join(m.sep.group);
  const bySource = groups(sorted, (x) => x.source, sameSource);
  const sources = bySource.map((g, i) => (i === 0
    ? m.sourceOf(sourceLine(g.key, lang))
    : m.otherSources(sourceLine(g.key, lang), named(g.items))));
  return { asOf, sources };
}

const safeJson = (s: string | undefined): unknown => {
  try { return s ? JSON.parse(s) : undefined; } catch { return undefined; }
};
/** The build's snapshot of the demo data (vite.config.ts), for the moment before the data answers; none live. */
let snapshotParts: readonly Described[] | undefined;
function snapshot(): readonly Described[] {
  if (!snapshotParts) {
    // Not on a published host: its data is not the demo's, and the demo's date must not stand in for it.
    const parsed = apiMode === 'live' || (apiMode === 'demo' && !showsDemo()) ? undefined : sourceSchema.safeParse(safeJson(import.meta.env.VITE_SNAPSHOT_SOURCE));
    // Parsed once, on first use (not on import), and the same array every render.
    snapshotParts = parsed?.success ? [{ name: 'projects', asOf: import.meta.env.VITE_SNAPSHOT_AS_OF, source: parsed.data }] : [];
  }
  return snapshotParts;
}

/** Equal lists: the same parts with the same dates and sources (a refetch that changed nothing re-renders nothing). */
const sameParts = (a: readonly Described[], b: readonly Described[]) =>
  a.length === b.length && a.every((x, i) => x.name === b[i]!.name && x.asOf === b[i]!.asOf && sameSource(x.source, b[i]!.source));

/**
 * Every part loaded so far, with its date and source; the snapshot's until the first answers. A subscription to
 * the query cache rather than an observer per resource: it reads what the panels fetched and never fetches itself.
 */
export function useDataSources(): readonly Described[] {
  const cache = useQueryClient().getQueryCache();
  const month = useMonth();
  const last = useRef<Described[]>([]);
  const read = useCallback((): Described[] => {
    const parts = (Object.keys(RESOURCES) as ResourceName[]).flatMap((name) => {
      // The projects of the month shown (not last month's, fetched for the comparison); while another month
      // loads, the one still on screen (the page keeps it whole meanwhile).
      const key = name === 'projects' ? projectsQuery(month).queryKey : [name];
      const data = cache.find<{ asOf: string; source: Source }>({ queryKey: key, exact: true })?.state.data;
      if (data) return [{ name, asOf: data.asOf, source: data.source }];
      const shown = name === 'projects' ? last.current.find((p) => p.name === 'projects') : undefined;
      return shown ? [shown] : [];
    });
    if (!sameParts(parts, last.current)) last.current = parts;
    return last.current;
  }, [cache, month]);
  const parts = useSyncExternalStore(useCallback((onChange) => cache.subscribe(onChange), [cache]), read, read);
  return parts.length ? parts : snapshot();
}
