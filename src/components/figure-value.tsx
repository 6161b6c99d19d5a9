import { useId, useState } from 'react';
import type { Provenance, Qualifier, Unit } from '@/api/schemas';
import { formatExact, formatQuantity } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';
import { ProvenanceBadge } from './provenance-badge';

export interface FigureLike {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
  provenance: Provenance;
  quote?: string;
}

/**
 * A value with its unit, qualifier and provenance mark. Hover, focus or tap shows the exact value and
 * the source quote (or the illustrative note), so every number on screen can be traced.
 */
export function FigureValue({ figure, size = 'md' }: { figure: FigureLike; size?: 'lg' | 'md' | 'sm' }) {
  const lang = useLang();
  const m = useMessages();
  const id = useId();
  const [pinned, setPinned] = useState(false);
  const note = figure.provenance === 'illustrative' ? m.illustrativeNote : figure.provenance === 'inferred' ? m.inferredNote : null;
  return (
    <span className={`figure figure-${size}`}>
      <button
        type="button"
        className="figure-value"
        aria-describedby={id}
        aria-expanded={pinned}
        onClick={() => setPinned((p) => !p)}
        onBlur={() => setPinned(false)}
      >
        {formatQuantity(figure, lang)}
      </button>
      <ProvenanceBadge provenance={figure.provenance} />
      <span role="tooltip" id={id} className={pinned ? 'tip tip-open' : 'tip'}>
        <span className="tip-row">{m.exactValue}{m.colon}{formatExact(figure, lang)}</span>
        {figure.quote ? <span className="tip-row">{m.quote}{m.colon}“{figure.quote}”</span> : null}
        {note ? <span className="tip-row">{note}</span> : null}
      </span>
    </span>
  );
}
