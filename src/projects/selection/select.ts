/**
 * What a reader sees of the project list: filtered and searched in memory (sorting is in sort.ts).
 * The whole list is on the client (one `projectsQuery()`, up to 20,000 rows; see README, "Client state and
 * shareable links"), so a filter change or a keystroke never asks the server. The charts call
 * `selectProjects` through react-query's `select`; the planner table calls `viewProjects` (sort.ts),
 * the same selection then a sort. Matching is the contract's `matchProjects`, the one the server runs for its
 * query parameters, so the two can never disagree; status, which the server does not know, is the schedule
 * rule at the data's as-of date.
 */
import { matchProjects } from '@/contract/project-filter';
import type { Category, LocalText, Project, Stage } from '@/contract/schemas';
import { createExternalStore } from '@/lib/external-store';
import type { Lang } from '@/lib/format';
import { assessSchedule, type Assessment, type ScheduleStatus } from '@/lib/schedule';
import type { NamedIds } from '@/lib/labels';
import type { ChangeKind } from '@/projects/months/kinds';

/** The one selection every view applies (charts and table): lists are "any of", fields AND together. */
export interface ProjectSelection {
  category?: Category[];
  stage?: Stage[];
  status?: ScheduleStatus[];
  park?: string[];
  /** Responsible units, by their Chinese name (the record gives them no id). */
  unit?: string[];
  /** Planned investment bounds, inclusive, in 万元. */
  min?: number;
  max?: number;
  q?: string;
  /** One kind of change since the previous month, and this month's ids of that kind once both months are in. */
  change?: ChangeKind;
  changeIds?: ReadonlySet<string>;
}

export const SORT_KEYS = [
  'id', 'name', 'category', 'park', 'stage', 'unit', 'plannedWan', 'completedWan', 'progress', 'status', 'start', 'end', 'provenance',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface ProjectSort {
  key: SortKey;
  dir: SortDir;
}

/** What a sort by name needs to know besides the records: category and park names, and the as-of date for status. */
export interface SortContext {
  lang?: Lang;
  categories?: NamedIds;
  parks?: NamedIds;
  asOf?: string;
}

export interface ProjectViewOptions extends SortContext {
  filters: ProjectSelection;
  /** No sort keeps the list's own order (by id, as served). */
  sort?: ProjectSort;
}

/** Share of the planned money invested: the page's one measure of progress. */
export const progressOf = (p: Project) => (p.plannedWan ? p.completedWan / p.plannedWan : 0);

// A project's status at a date, kept with the record: records are never mutated (they come from a parsed
// response in the query cache), and filter, sort and the table all ask for it, 10,000 times each.
const assessed = new WeakMap<Project, { asOf: string; assessment: Assessment }>();
export function assessProject(p: Project, asOf: string): Assessment {
  const hit = assessed.get(p);
  if (hit?.asOf === asOf) return hit.assessment;
  const assessment = assessSchedule({ start: p.start, end: p.end, done: progressOf(p) }, asOf);
  assessed.set(p, { asOf, assessment });
  return assessment;
}

/** The projects a search finds (the contract's literal match, or more; undefined: just that): see src/projects/selection/pinyin-readings.ts. */
export type NameSearch = (items: readonly Project[], q: string) => ReadonlySet<Project> | undefined;

// The pinyin search, once its lazy chunk has loaded (src/stores/pinyin-search.ts sets it). Until then the
// search is the contract's literal one. Whoever filtered with q listens, to filter again when it arrives.
const nameSearch = createExternalStore<NameSearch | undefined>(undefined);
export const setNameSearch = (search: NameSearch): void => nameSearch.set(search);
/** 0 before the pinyin search has loaded, 1 after: part of a cached view's key; a useSyncExternalStore snapshot. */
export const nameSearchVersion = (): number => (nameSearch.get() ? 1 : 0);
export const subscribeNameSearch: (listener: () => void) => () => void = nameSearch.subscribe;

/** The selection applied: the contract's matching (the search widened once pinyin is in), then status at the data's as-of date. */
export function selectProjects(items: readonly Project[], filters: ProjectSelection, asOf?: string): Project[] {
  const found = filters.q ? nameSearch.get()?.(items, filters.q) : undefined;
  const matched = matchProjects(items, {
    category: filters.category, stage: filters.stage, park: filters.park, unit: filters.unit,
    minWan: filters.min, maxWan: filters.max, q: found ? undefined : filters.q,
  });
  const named = found ? matched.filter((p) => found.has(p)) : matched;
  // Exactly the projects of that change; none until the comparison is in, never the whole list by mistake.
  const searched = filters.change ? named.filter((p) => filters.changeIds?.has(p.id) ?? false) : named;
  if (!filters.status?.length || !asOf) return searched;
  const wanted = new Set<ScheduleStatus>(filters.status);
  return searched.filter((p) => wanted.has(assessProject(p, asOf).status));
}

/** The responsible units a list names, once each in order of appearance, by their Chinese name (the id a link uses). */
const unitLists = new WeakMap<readonly Project[], { id: string; name: LocalText }[]>();
export function unitsOf(items: readonly Project[]): { id: string; name: LocalText }[] {
  let units = unitLists.get(items);
  if (!units) {
    const seen = new Map<string, LocalText>();
    for (const p of items) if (!seen.has(p.responsibleUnit.zh)) seen.set(p.responsibleUnit.zh, p.responsibleUnit);
    units = [...seen].map(([id, name]) => ({ id, name }));
    unitLists.set(items, units);
  }
  return units;
}
