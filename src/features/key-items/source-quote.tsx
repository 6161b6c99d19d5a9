import type { ReactNode } from 'react';
import type { Fact } from '@/contract/schemas';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';

/** The letter's own words under a statement, in small text: every item can be checked against the source. */
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

/** A documented (or inferred) statement with its badge, its reading if it is one, and its quote. */
export function FactItem({ fact, children }: { fact: Fact; children?: ReactNode }) {
  const lang = useLang();
  return (
    <li className="list-item">
      <span>{fact.text[lang]}{children} <ProvenanceBadge provenance={fact.provenance} /></span>
      <ReadingNote reading={fact.reading} />
      <SourceQuote quotes={[fact.quote]} />
    </li>
  );
}

/**
 * A heading and the items under it; an empty list says so rather than leaving a bare heading, and then
 * drops its note and quote, which describe items no longer there.
 */
export function ItemGroup({ title, note, quotes = [], empty, children }: {
  title: string;
  note?: ReactNode;
  quotes?: readonly string[];
  empty?: boolean;
  children: ReactNode;
}) {
  const m = useMessages();
  return (
    <div>
      <h4 className="panel-meta">{title}</h4>
      {empty ? <p className="widget-empty">{m.empty}</p> : (
        <>
          {children}
          {note ? <p className="panel-meta">{note}</p> : null}
          <SourceQuote quotes={quotes} />
        </>
      )}
    </div>
  );
}

/** Names that share one sentence of the letter; the group shows that sentence once, below the list. */
export function NameList({ items }: { items: readonly Fact[] }) {
  const lang = useLang();
  return (
    <ul className="list">
      {items.map((f) => (
        <li key={f.id}>{f.text[lang]} <ProvenanceBadge provenance={f.provenance} /></li>
      ))}
    </ul>
  );
}

