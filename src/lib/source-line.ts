/**
 * A response's source in words: every source line, caption, export band and print footer is built here from
 * the data's own `source`, never from a constant, so a ledger or a live service reads as itself.
 * Relative imports with extensions: the build's static shell (vite.config.ts) runs this in Node.
 */
import type { Source } from '../contract/schemas/common.ts';
import { formatDate, type Lang } from './format.ts';
import { MESSAGES } from './i18n/index.ts';
import { textIn } from './local-text.ts';

export function sourceLine(source: Source, lang: Lang): string {
  const words = { title: textIn(source.title, lang), by: textIn(source.by, lang), date: formatDate(source.date, lang), reference: source.reference, local: source.local === true };
  return MESSAGES[lang].sourceLine[source.kind](words);
}

/** Two responses from the same source (same document, same ledger file, same service and date). */
export const sameSource = (a: Source, b: Source): boolean =>
  a.kind === b.kind && a.date === b.date && a.title.zh === b.title.zh && a.by.zh === b.by.zh && a.reference === b.reference && a.local === b.local;
