import type { ReactNode } from 'react';
import type { Fact } from '@/contract/schemas';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { ReadingNote, SourceQuote } from '@/components/source-quote';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';

// SourceQuote and ReadingNote moved to src/components (the projects view quotes the letter too); re-exported
// here so the key items keep importing their pieces from one place.
export { ReadingNote, SourceQuote } from '@/components/source-quote';

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

