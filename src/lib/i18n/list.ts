import { LOCALE, type Lang } from '../format.ts';
import type { PluralForms } from './plural.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

const LIST_PATTERN = { zh: zh.list, en: en.list };

const listFormats = new Map<Lang, Intl.ListFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * "a、b和c" / "a, b and c". Intl.ListFormat where the engine has it; Safari 14.0 (our floor; ListFormat
 * came in 14.1) gets the same pattern from the dictionary. Looked up on each call, not at load, so the
 * fallback is what a test that removes Intl.ListFormat actually exercises.
 */
export function formatList(items: readonly string[], lang: Lang): string {
  if (typeof Intl.ListFormat === 'function') {
    let f = listFormats.get(lang);
    if (!f) {
      f = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' });
      listFormats.set(lang, f);
    }
    return f.format(items);
  }
  const p = LIST_PATTERN[lang];
  if (items.length < 2) return items.join('');
  if (items.length === 2) return `${items[0]}${p.pair}${items[1]}`;
  return `${items.slice(0, -1).join(p.middle)}${p.last}${items[items.length - 1]}`;
}

/** The form for `n` by the language's CLDR plural rules (Intl.PluralRules: Safari 13+, Chrome 63+). */
export function plural<T>(n: number, forms: PluralForms<T>, lang: Lang): T {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}
