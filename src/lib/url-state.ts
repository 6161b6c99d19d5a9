/**
 * The URL's shared helpers and its view and language parameters (the project filters' share is in
 * src/projects/selection/filter-params.ts). nuqs turns a value its parser rejects into null without a word, but a
 * reader who opens a shared link must be told what was ignored, so nuqs hands over the raw strings and these pure
 * functions judge them.
 */
import { parseAsString } from 'nuqs';
import type { Lang } from './format';
import { DEFAULT_LANG, isLang } from './i18n';

export const langParser = parseAsString;
/** `?view=projects` (the overview has no parameter) and `?sort=plannedWan.desc`. */
export const viewParsers = { view: parseAsString, sort: parseAsString };

/** The view a plain link opens, which stays out of the URL; the others are the app's registry (src/app/views.tsx). */
export const DEFAULT_VIEW = 'overview';

/** The first 40 UTF-16 units, never half an emoji: a cut surrogate pair would show as � in the notice. */
const first40 = (raw: string) => raw.slice(0, /[\uD800-\uDBFF]/.test(raw.charAt(39)) ? 39 : 40);
/** A value from the URL as a message quotes it: as text, cut at 40 characters (a link can carry megabytes). */
export const quoted = (raw: string) => `${first40(raw)}${raw.length > 40 ? '…' : ''}`;
/** A rejected value as the notice shows it. */
export const shown = (key: string, raw: string) => `${key}=${quoted(raw)}`;

/**
 * `?view=` → one of `views` (the app's registry). The default stays out of the URL; an unknown view is reported
 * and shows the default.
 */
export function parseViewParam<V extends string>(raw: string | null, views: readonly V[]): { view: V | typeof DEFAULT_VIEW; rejected: string | null } {
  if (raw === null || raw === '' || raw === DEFAULT_VIEW) return { view: DEFAULT_VIEW, rejected: null };
  return (views as readonly string[]).includes(raw) ? { view: raw as V, rejected: null } : { view: DEFAULT_VIEW, rejected: shown('view', raw) };
}

export const viewParamOf = (view: string): string | null => (view === DEFAULT_VIEW ? null : view);

/** Chinese is the default and stays out of the URL; anything but zh or en is reported. */
export function parseLangParam(raw: string | null): { lang: Lang; rejected: string | null } {
  if (raw === null) return { lang: DEFAULT_LANG, rejected: null };
  return isLang(raw) ? { lang: raw, rejected: null } : { lang: DEFAULT_LANG, rejected: first40(raw) };
}

/** The value written for a language: none for the default, so a plain link opens in Chinese. */
export const langParamOf = (lang: Lang): string | null => (lang === DEFAULT_LANG ? null : lang);

/**
 * A query string (no leading ?) with `changes` applied: a value sets its key, null, undefined or '' removes it.
 * Commas stay readable, as nuqs writes them. Every link the app builds from the current URL goes through here.
 */
export function searchWith(search: string, changes: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  return params.toString().replace(/%2C/g, ',');
}

/** A plain left click, which the app handles in place; a modified one (new tab, window, download) is the browser's. */
export const isPlainClick = (event: { defaultPrevented: boolean; button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }) =>
  !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
