/**
 * What a reader sees of the project list: filtered, searched and sorted in memory. The whole list is on the
 * client (one `projectsQuery()`, up to 20,000 rows; see README, "Client state and shareable links"), so a
 * filter change or a keystroke never asks the server. The charts call this through react-query's `select`;
 * the planner table will call the same function with a sort. Matching is the contract's `filterProjects`,
 * the one the server runs for its query parameters, so the two can never disagree.
 */
import { filterProjects } from '@/contract/project-filter';
import { STAGES, type Project, type ProjectFilters } from '@/contract/schemas';
import { LOCALE, type Lang } from './format';

export const SORT_KEYS = ['id', 'name', 'stage', 'plannedWan', 'completedWan', 'progress', 'start', 'end'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface ProjectSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface ProjectViewOptions {
  filters: ProjectFilters;
  /** No sort keeps the list's own order (by id, as served). */
  sort?: ProjectSort;
  /** The language whose names a name sort compares. */
  lang?: Lang;
}

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let c = collators.get(lang);
  // zh-CN collates by pinyin. ICU knows one reading per character, so polyphones sort by their commonest
  // one (重 as zhòng in both 重庆 and 重型): good enough to find a name, and the same on every device.
  if (!c) collators.set(lang, (c = new Intl.Collator(LOCALE[lang], { numeric: true, sensitivity: 'base' })));
  return c;
};

const STAGE_ORDER = new Map(STAGES.map((s, i) => [s, i]));
const progress = (p: Project) => (p.plannedWan ? p.completedWan / p.plannedWan : 0);

function comparator(key: SortKey, lang: Lang): (a: Project, b: Project) => number {
  switch (key) {
    case 'name': {
      const compare = collator(lang).compare;
      return (a, b) => compare(a.name[lang], b.name[lang]);
    }
    case 'stage': return (a, b) => (STAGE_ORDER.get(a.stage) ?? 0) - (STAGE_ORDER.get(b.stage) ?? 0);
    case 'progress': return (a, b) => progress(a) - progress(b);
    case 'plannedWan':
    case 'completedWan': return (a, b) => a[key] - b[key];
    case 'start':
    case 'end':
    case 'id': return (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);
  }
}

/** Sorted copy; ties fall back to the id, so the order is total and the same on every run. */
export function sortProjects(items: readonly Project[], { key, dir }: ProjectSort, lang: Lang = 'zh'): Project[] {
  const primary = comparator(key, lang);
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * primary(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The one pure function behind every view of the list: filter and search (the contract's meaning), then sort. */
export function viewProjects(items: readonly Project[], { filters, sort, lang = 'zh' }: ProjectViewOptions): Project[] {
  const filtered = filterProjects(items, filters);
  return sort ? sortProjects(filtered, sort, lang) : filtered;
}
