import { computedFrom } from '@/lib/records-provenance';
import { Clamped } from '@/components/clamped';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatDate, formatNumber, formatPercent, type Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { STATUS_ICON } from '@/lib/status-labels';
import { THRESHOLDS } from '@/lib/schedule';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { attentionCounts, type AttentionItem, type AttentionKind } from './attention-logic';
import { langOf, textIn } from '@/lib/local-text';

function AttentionRow({ item, lang }: { item: AttentionItem; lang: Lang }) {
  const msg = MESSAGES[lang];
  const m = msg.attention;
  const { status, rag, elapsed, lagPts } = item.assessment;
  return (
    <li className="list-item">
      <div className="panel-head">
        <Clamped text={textIn(item.name, lang)}><strong lang={langOf(item.name, lang)}>{textIn(item.name, lang)}</strong></Clamped>
        {/* Icon and word, never colour alone; the icon is decoration for screen readers. */}
        <span className={`status status-${rag}`}>
          <span aria-hidden="true">{STATUS_ICON[status]}</span> {msg.status[status]}
        </span>
      </div>
      <Clamped text={`${m.unit}${textIn(item.responsibleUnit, lang)}`} />
      <span>
        {item.overdue ? `${m.overdue(formatDate(item.end, lang))} · ` : null}
        {m.behind(formatNumber(lagPts, lang, 1))}{' '}
        {/* Progress, dates and units are generated examples, not the letter's: the panel's note says so, and
            this mark shows only if the list is ever placed outside that note (MarkScope). */}
        <ProvenanceBadge provenance={computedFrom([item])} />
      </span>
      <span className="quote">
        {m.basis(formatPercent(item.done, lang), formatPercent(elapsed, lang))}
        {' · '}
        {m.period(formatDate(item.start, lang), formatDate(item.end, lang))}
      </span>
    </li>
  );
}

/**
 * The worst first, ten at most: a glance, not the register (a ledger of 2,000 projects can have hundreds behind;
 * the link under the list opens every one of them in the projects view).
 */
export const SHOWN = 10;

/** One ranked list (projects or tasks). An empty ranking is a finding, so it says so in words. */
export function AttentionList({ kind, items }: { kind: AttentionKind; items: readonly AttentionItem[] }) {
  const lang = useLang();
  const m = useMessages().attention;
  if (items.length === 0) {
    return (
      <p className="panel-summary">
        <span className="status status-green"><span aria-hidden="true">{STATUS_ICON['on-track']}</span> {m.none[kind]}</span>
        {' '}{m.noneWhy(formatNumber(THRESHOLDS.amberPts, lang))}
      </p>
    );
  }
  const counts = attentionCounts(items);
  return (
    <>
      <p className="panel-meta">{m.counts(formatNumber(counts.red, lang), formatNumber(counts.amber, lang))}</p>
      <ul className="list">
        {items.slice(0, SHOWN).map((i) => <AttentionRow key={`${i.kind}-${i.id}`} item={i} lang={lang} />)}
      </ul>
      {items.length > SHOWN ? <p className="panel-meta">{m.more(formatNumber(items.length - SHOWN, lang))}</p> : null}
    </>
  );
}
