import { useId, useState } from 'react';
import type { Provenance, Qualifier, Text, Unit } from '@/contract/schemas';
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
  formula?: Text;
}

/**
 * A value with its unit, qualifier and provenance mark. Hover, focus or tap shows the value as the letter
 * states it with its quote, the formula of a derived figure, or the unrounded illustrative value.
 */
export function FigureValue({ figure, size = 'md' }: { figure: FigureLike; size?: 'lg' | 'md' | 'sm' }) {
  const lang = useLang();
  const m = useMessages();
  const id = useId();
  const [pinned, setPinned] = useState(false);
  const stated = figure.provenance === 'documented' || figure.provenance === 'inferred';
  const label = stated ? m.asStated : figure.provenance === 'derived' ? m.derivedValue : m.illustrativeValue;
  const note = { documented: null, inferred: m.inferredNote, derived: m.derivedNote, illustrative: m.illustrativeNote }[figure.provenance];
  return (
    <span className={`figure figure-${size}`} data-provenance={figure.provenance}>
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
        {/* The letter's own scale and qualifier (300亿元以上), not a re-rounded or bare number. */}
        <span className="tip-row">{label}{m.colon}{stated ? formatQuantity(figure, lang) : formatExact(figure, lang)}</span>
        {figure.formula ? <span className="tip-row">{m.formula}{m.colon}{figure.formula[lang]}</span> : null}
        {figure.quote ? <span className="tip-row">{m.quote}{m.colon}“{figure.quote}”</span> : null}
        {note ? <span className="tip-row">{note}</span> : null}
      </span>
    </span>
  );
}
