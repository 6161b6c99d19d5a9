/**
 * The URL's share of client state, read and written by nuqs (see src/stores/project-filters.ts and
 * language-store.ts). nuqs turns a value its parser rejects into null without a word, but a reader who opens a
 * shared link must be told what was ignored, so nuqs hands over the raw strings and the contract's own schemas
 * judge them here, in pure functions that tests can drive with any URL.
 */
import { createSerializer, parseAsString } from 'nuqs';
import { projectFiltersSchema, type ProjectFilters } from '@/contract/schemas';
import type { Lang } from './format';
import { DEFAULT_LANG, isLang } from './i18n';

export const FILTER_KEYS = ['category', 'stage', 'park', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterParams = Record<FilterKey, string | null>;

/** The nuqs key map of the project filters, in the order they are written to the URL. */
export const filterParsers = { category: parseAsString, stage: parseAsString, park: parseAsString, q: parseAsString };
export const langParser = parseAsString;

/** state → query string, exactly as nuqs writes it to the address bar. */
export const serializeFilters = createSerializer(filterParsers);

/** The ids the loaded data knows: a category or park a link names must be one of them. */
export interface KnownValues {
  categories: readonly { id: string }[];
  parks: readonly { id: string }[];
}

/** A rejected value as the notice shows it: as text, cut at 40 characters. */
const shown = (key: string, raw: string) => `${key}=${raw.slice(0, 40)}${raw.length > 40 ? '…' : ''}`;

/**
 * Raw parameters → the filters to apply and the list of what was ignored. Each value must pass the contract's
 * schema (the server would answer it with a 400); with `known`, category and park must also name something in
 * the data (park=moon has a valid form but no park). Empty values are absent, not errors.
 */
export function parseFilterParams(raw: Partial<FilterParams>, known?: KnownValues): { filters: ProjectFilters; rejected: string[] } {
  const filters: ProjectFilters = {};
  const rejected: string[] = [];
  for (const key of FILTER_KEYS) {
    const value = raw[key];
    if (value === null || value === undefined || value.trim() === '') continue;
    const parsed = projectFiltersSchema.shape[key].safeParse(key === 'q' ? value.trim() : value);
    const list = key === 'category' ? known?.categories : key === 'park' ? known?.parks : undefined;
    const exists = !list || list.some((x) => x.id === parsed.data);
    if (parsed.success && parsed.data !== undefined && exists) Object.assign(filters, { [key]: parsed.data });
    else rejected.push(shown(key, value));
  }
  return { filters, rejected };
}

/** Chinese is the default and stays out of the URL; anything but zh or en is reported. */
export function parseLangParam(raw: string | null): { lang: Lang; rejected: string | null } {
  if (raw === null) return { lang: DEFAULT_LANG, rejected: null };
  return isLang(raw) ? { lang: raw, rejected: null } : { lang: DEFAULT_LANG, rejected: raw.slice(0, 40) };
}

/** The value written for a language: none for the default, so a plain link opens in Chinese. */
export const langParamOf = (lang: Lang): string | null => (lang === DEFAULT_LANG ? null : lang);
