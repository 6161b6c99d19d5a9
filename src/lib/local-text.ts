import type { LocalText } from '../contract/schemas/common.ts';
import type { Lang } from './format.ts';

/**
 * A real source (a ledger) names its projects, units and parks in Chinese only. The English page then shows the
 * Chinese: never a blank, never a guessed translation.
 */
export const textIn = (text: LocalText, lang: Lang): string => text[lang] ?? text.zh;

/** The `lang` an element needs when it shows the Chinese on a page in another language; undefined otherwise. */
export const langOf = (text: LocalText, lang: Lang): 'zh' | undefined => (text[lang] ? undefined : 'zh');
