import type { Fact } from '@/contract/schemas';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';

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
      {quotes.map((q, i) => <span key={q}>{i > 0 ? ' ' : null}<q>{q}</q></span>)}
    </p>
  );
}

/** What we read from the letter, and from which words: shown under every inferred statement. */
export function ReadingNote({ reading }: { reading?: Fact['reading'] }) {
  const m = useMessages();
  const lang = useLang();
  return reading ? <p className="quote">{m.reading}{m.colon}{reading[lang]}</p> : null;
}
