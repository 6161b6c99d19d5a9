/**
 * The project filters' share of the URL (read and written by nuqs through src/projects/state/url.ts). nuqs
 * turns a value its parser rejects into null without a word, but a reader who opens a shared link must be told
 * what was ignored, so nuqs hands over the raw strings and the contract's own schemas judge them here, in pure
 * functions that tests can drive with any URL.
 */
import { createSerializer, parseAsString } from 'nuqs';
import { categorySchema, parkIdSchema, projectFiltersSchema, stageSchema } from '@/contract/schemas';
import { SCHEDULE_STATUSES } from '@/lib/schedule';
import { shown } from '@/lib/url-state';
import { CHANGE_KINDS, type ChangeKind } from '@/projects/months/kinds';
import type { ProjectSelection } from './select';

/**
 * Lists are comma lists (`category=a,b`); min and max are planned investment in 万元; q is the search box;
 * change is one kind of change since the previous published month (src/projects/months/changes.ts).
 */
export const FILTER_KEYS = ['category', 'stage', 'status', 'park', 'unit', 'min', 'max', 'q', 'change'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterParams = Record<FilterKey, string | null>;
export const LIST_KEYS = ['category', 'stage', 'status', 'park', 'unit'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** The nuqs key map of the project filters, in the order they are written to the URL. */
export const filterParsers: Record<FilterKey, typeof parseAsString> = {
  category: parseAsString, stage: parseAsString, status: parseAsString, park: parseAsString,
  unit: parseAsString, min: parseAsString, max: parseAsString, q: parseAsString, change: parseAsString,
};
/** The ids the loaded data knows: a category, park or unit a link names must be one of them. */
export interface KnownValues {
  categories: readonly { id: string }[];
  parks: readonly { id: string }[];
  /** Responsible units by Chinese name (src/projects/selection/select.ts unitsOf); absent: not checked yet. */
  units?: readonly { id: string }[];
}

/** More than this many items in one list is no selection a person made. */
const MAX_ITEMS = 50;
/** A unit's name: printable text of sane length (no markup characters, no control characters). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what the form rejects
const UNIT_FORM = /^[^\u0000-\u001f\u007f<>,]{1,60}$/;
/** Money in the URL is whole 万元, as on the wire; twelve digits is far beyond any project. */
const WAN_FORM = /^\d{1,12}$/;

const itemValid: Record<ListKey, (item: string, known?: KnownValues) => boolean> = {
  category: (x, k) => categorySchema.safeParse(x).success && (!k || k.categories.some((c) => c.id === x)),
  stage: (x) => stageSchema.safeParse(x).success,
  status: (x) => (SCHEDULE_STATUSES as readonly string[]).includes(x),
  park: (x, k) => parkIdSchema.safeParse(x).success && (!k || k.parks.some((p) => p.id === x)),
  unit: (x, k) => UNIT_FORM.test(x) && (!k?.units || k.units.some((u) => u.id === x)),
};

export interface ParsedFilters {
  /** What every view applies: each value checked against the contract and, once loaded, the data. */
  filters: ProjectSelection;
  /** What was ignored, as `key=value`, for the notice. */
  rejected: string[];
  /** For each key that lost something, what the URL should say instead (null: nothing left). */
  fixes: Partial<FilterParams>;
}

/**
 * Raw parameters → the selection to apply, what was ignored, and the corrected values. Each list item must
 * pass the contract's schema (the server would answer it with a 400) or be one of the app's statuses; with
 * `known`, categories, parks and units must also name something in the data (park=moon has a valid form but
 * no park). Bounds are whole 万元, and a maximum below the minimum is dropped. Empty values are absent.
 */
export function parseFilterParams(raw: Partial<FilterParams>, known?: KnownValues): ParsedFilters {
  const filters: ProjectSelection = {};
  const rejected: string[] = [];
  const fixes: Partial<FilterParams> = {};
  for (const key of FILTER_KEYS) {
    const value = raw[key];
    if (value === null || value === undefined || value.trim() === '') continue;
    if (key === 'change') {
      if ((CHANGE_KINDS as readonly string[]).includes(value.trim())) filters.change = value.trim() as ChangeKind;
      else { rejected.push(shown(key, value)); fixes.change = null; }
    } else if (key === 'q') {
      const parsed = projectFiltersSchema.shape.q.safeParse(value.trim());
      if (parsed.success && parsed.data) filters.q = parsed.data;
      else { rejected.push(shown(key, value)); fixes.q = null; }
    } else if (key === 'min' || key === 'max') {
      const n = Number(value.trim());
      const ok = WAN_FORM.test(value.trim()) && (key === 'min' || filters.min === undefined || n >= filters.min);
      if (ok) filters[key] = n;
      else { rejected.push(shown(key, value)); fixes[key] = null; }
    } else {
      const items = [...new Set(value.split(',').map((x) => x.trim()).filter(Boolean))];
      const good = items.slice(0, MAX_ITEMS).filter((x) => itemValid[key](x, known));
      const bad = items.filter((x) => !good.includes(x));
      rejected.push(...bad.slice(0, 5).map((x) => shown(key, x)));
      if (bad.length > 5) rejected.push(shown(key, `… +${bad.length - 5}`));
      if (good.length) Object.assign(filters, { [key]: good });
      if (bad.length) fixes[key] = good.length ? good.join(',') : null;
    }
  }
  return { filters, rejected, fixes };
}

/** A selection → its URL values: lists as comma lists, nothing for what is not set. */
export function filterParamsOf(filters: ProjectSelection): FilterParams {
  const list = (items?: readonly string[]) => (items?.length ? items.join(',') : null);
  const num = (n?: number) => (n === undefined ? null : String(n));
  return {
    category: list(filters.category), stage: list(filters.stage), status: list(filters.status), park: list(filters.park),
    unit: list(filters.unit), min: num(filters.min), max: num(filters.max), q: filters.q || null, change: filters.change ?? null,
  };
}

const serializeParams = createSerializer(filterParsers);
/** state → query string, exactly as nuqs writes it to the address bar. */
export const serializeFilters = (filters: ProjectSelection): string => serializeParams(filterParamsOf(filters));
