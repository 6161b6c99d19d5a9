/**
 * Sorting the project list, and `viewProjects`: the selection (select.ts) then a sort. Apart from
 * select.ts because only the projects view sorts: the overview's charts only filter, so this module
 * (collators, rank tables) stays out of the initial JS. Text sorts with the language's Intl.Collator
 * (zh-CN: pinyin); every order is total (ties by id), so a shared link lists the same rows in the same order.
 */
import { PROVENANCES, STAGES, type Project } from '@/contract/schemas';
import { LOCALE, type Lang } from '@/lib/format';
import { nameOf } from '@/lib/labels';
import { textIn } from '@/lib/local-text';
import {
  assessProject, progressOf, selectProjects, type ProjectSort, type ProjectViewOptions, type SortContext, type SortKey,
} from './select';
import type { ScheduleStatus } from '@/lib/schedule';

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let c = collators.get(lang);
  // zh-CN collates by pinyin. ICU knows one reading per character, so polyphones sort by their commonest
  // one (重 as zhòng in both 重庆 and 重型): good enough to find a name, and the same on every device.
  if (!c) collators.set(lang, (c = new Intl.Collator(LOCALE[lang], { numeric: true, sensitivity: 'base' })));
  return c;
};

/** Orders of the app's own vocabularies: the pipeline's stages, and status from finished to worst. */
const STAGE_ORDER = new Map(STAGES.map((s, i) => [s, i]));
const STATUS_RANK: Record<ScheduleStatus, number> = { done: 0, 'on-track': 1, 'not-started': 2, 'at-risk': 3, behind: 4 };
const PROVENANCE_ORDER = new Map(PROVENANCES.map((p, i) => [p, i]));

/** A text key → its rank under the language's collator, so a sort compares numbers, not strings (10,000 rows). */
function textRanks(texts: readonly string[], lang: Lang): Map<string, number> {
  const unique = [...new Set(texts)].sort(collator(lang).compare);
  return new Map(unique.map((t, i) => [t, i]));
}

function sortValue(key: SortKey, items: readonly Project[], ctx: SortContext): (p: Project) => number | string {
  const lang = ctx.lang ?? 'zh';
  const named = (list: SortContext['categories'], id: string) => (list ? nameOf(list, id, lang) : id);
  switch (key) {
    case 'name': {
      const ranks = textRanks(items.map((p) => textIn(p.name, lang)), lang);
      return (p) => ranks.get(textIn(p.name, lang)) ?? 0;
    }
    case 'unit': {
      const ranks = textRanks(items.map((p) => textIn(p.responsibleUnit, lang)), lang);
      return (p) => ranks.get(textIn(p.responsibleUnit, lang)) ?? 0;
    }
    case 'category':
    case 'park': {
      const list = key === 'category' ? ctx.categories : ctx.parks;
      const ranks = textRanks(items.map((p) => named(list, p[key])), lang);
      const byId = new Map<string, number>();
      return (p) => {
        let r = byId.get(p[key]);
        if (r === undefined) byId.set(p[key], (r = ranks.get(named(list, p[key])) ?? 0));
        return r;
      };
    }
    case 'stage': return (p) => STAGE_ORDER.get(p.stage) ?? 0;
    case 'status': return (p) => (ctx.asOf ? STATUS_RANK[assessProject(p, ctx.asOf).status] : 0);
    case 'provenance': return (p) => PROVENANCE_ORDER.get(p.provenance) ?? 0;
    case 'progress': return progressOf;
    case 'plannedWan':
    case 'completedWan': return (p) => p[key];
    case 'start':
    case 'end':
    case 'id': return (p) => p[key];
  }
}

const byId = (a: Project, b: Project) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Each record's sort value, per list and key: the second press on a header (descending) and a language switch
// back reuse them, so only the first sort by a text column pays for the collator (about 30 ms at 10,000 rows).
const valueLists = new WeakMap<readonly Project[], Map<string, (number | string)[]>>();
function valuesOf(items: readonly Project[], key: SortKey, ctx: SortContext): (number | string)[] {
  let byKey = valueLists.get(items);
  if (!byKey) valueLists.set(items, (byKey = new Map()));
  const cacheKey = `${key}.${ctx.lang ?? 'zh'}.${ctx.asOf ?? ''}`;
  let values = byKey.get(cacheKey);
  if (!values) byKey.set(cacheKey, (values = items.map(sortValue(key, items, ctx))));
  return values;
}

/** Sorted copy; ties fall back to the id, so the order is total and the same on every run and device. */
export function sortProjects(items: readonly Project[], { key, dir }: ProjectSort, ctxOrLang: SortContext | Lang = {}): Project[] {
  const ctx = typeof ctxOrLang === 'string' ? { lang: ctxOrLang } : ctxOrLang;
  const values = valuesOf(items, key, ctx);
  const sign = dir === 'asc' ? 1 : -1;
  // Positions, not records, are sorted: the comparator reads precomputed numbers and strings.
  const order = items.map((_, i) => i);
  order.sort((a, b) => {
    const [va, vb] = [values[a] as number | string, values[b] as number | string];
    return sign * (va < vb ? -1 : va > vb ? 1 : 0) || byId(items[a] as Project, items[b] as Project);
  });
  return order.map((i) => items[i] as Project);
}

// The whole list sorted, per list and sort: a filter change then only filters the sorted list (in order),
// so at 10,000 rows it never sorts again. Lists are replaced, never mutated, so a list is its own key.
const sortedLists = new WeakMap<readonly Project[], Map<string, Project[]>>();
function sortedList(items: readonly Project[], sort: ProjectSort, ctx: SortContext): Project[] {
  let bySort = sortedLists.get(items);
  if (!bySort) sortedLists.set(items, (bySort = new Map()));
  const key = `${sort.key}.${sort.dir}.${ctx.lang ?? 'zh'}.${ctx.asOf ?? ''}`;
  let out = bySort.get(key);
  if (!out) bySort.set(key, (out = sortProjects(items, sort, ctx)));
  return out;
}

/** The one pure function behind every view of the list: filter and search (the contract's meaning), then sort. */
export function viewProjects(items: readonly Project[], { filters, sort, ...ctx }: ProjectViewOptions): Project[] {
  return selectProjects(sort ? sortedList(items, sort, ctx) : items, filters, ctx.asOf);
}

