/**
 * The one text layer: every string the UI shows, per language, with the list and plural helpers.
 * Components ask for a message by key (useMessages() in ./use-messages.ts); nothing outside this
 * folder and format.ts branches on the language (tests/unit/no-language-branches.test.ts).
 *
 * Relative imports in this folder spell .ts: vite.config.ts loads it (through src/app/static-shell.ts)
 * and Vite's native config loader (its future default) cannot resolve extensionless paths.
 */
import type { Lang } from '../format.ts';
import { en } from './en.ts';
import { zh, type Messages } from './zh.ts';

export type { Messages } from './zh.ts';
export type { PluralForms } from './plural.ts';
export { formatList, plural } from './list.ts';

export const LANGS: readonly Lang[] = ['zh', 'en'];
/** The language of a link without ?lang. */
export const DEFAULT_LANG: Lang = 'zh';
/** A raw value (from the URL, storage…) that names one of our languages. */
export const isLang = (raw: unknown): raw is Lang => (LANGS as readonly unknown[]).includes(raw);
export const MESSAGES: Record<Lang, Messages> = { zh, en };

/** The same message in every language, for values that carry both (a derived figure's formula). */
export function inEveryLanguage(pick: (m: Messages, lang: Lang) => string): Record<Lang, string> {
  return { zh: pick(zh, 'zh'), en: pick(en, 'en') };
}
