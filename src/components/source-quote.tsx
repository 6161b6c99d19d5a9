import type { Fact } from '@/contract/schemas';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * The quote without the outer “…” some of the letter's sentences are stored with: <q> and the figure popover
 * add the marks themselves, and “““…””” reads as a typo. Stripped only when one pair encloses the whole text,
 * so “甲”和“乙” keeps its marks.
 */
export function unquoted(text: string): string {
  const t = text.trim();
  if (t.length < 2 || t[0] !== '“' || t[t.length - 1] !== '”') return text;
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    if (t[i] === '“') depth++;
    else if (t[i] === '”' && --depth === 0) return text; // the opening pair closes before the end
  }
  return t.slice(1, -1);
}

/**
 * The letter's own words under a statement, in small text: every item can be checked against the source.
 * Shared: the key items and the projects view's 来函点名的项目 both quote the letter this way.
 */
export function SourceQuote({ quotes }: { quotes: readonly string[] }) {
  const m = useMessages();
  if (quotes.length === 0) return null;
  return (
    <p className="quote">
      {m.quote}{m.colon}
      {quotes.map((q, i) => <span key={q}>{i > 0 ? ' ' : null}<q>{unquoted(q)}</q></span>)}
    </p>
  );
}

/** What we read from the letter, and from which words: shown under every inferred statement. */
export function ReadingNote({ reading }: { reading?: Fact['reading'] }) {
  const m = useMessages();
  const lang = useLang();
  return reading ? <p className="quote">{m.reading}{m.colon}{reading[lang]}</p> : null;
}
