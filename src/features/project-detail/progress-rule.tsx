import { useId } from 'react';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { THRESHOLDS } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';
import { type DetailProps as Props, ruleBasis, ruleBreakdown } from './detail-logic';


/** One bar of the pair: its label and value in words, the bar itself decoration (the words carry it). */
function Bar({ label, tenths, lang, kind }: { label: string; tenths: number; lang: Lang; kind: string }) {
  const width = `${Math.min(100, Math.max(0, tenths / 10))}%`;
  return (
    <div className="progress-row">
      <span className="progress-label">{label}</span>
      <span className="progress-bar" aria-hidden="true"><span className={`progress-fill progress-${kind}`} style={{ width }} /></span>
      <span className="progress-value">{formatPercent(tenths / 1000, lang)}</span>
    </div>
  );
}

/**
 * Investment progress against time elapsed, and the schedule rule applied to them with the very numbers it
 * used: the lag is the rule's own (rounded to 0.1 point), and the two shares are shown so that their
 * difference is that lag. Then the rule itself, from THRESHOLDS, so the reader can check it.
 */
export function ProgressRule({ p, asOf, lang, m, dm }: Props) {
  const t = dm.projectDetail.progress;
  const titleId = useId();
  const b = ruleBreakdown(p, asOf);
  const { status, rag } = b.assessment;
  return (
    <section className="drawer-section" aria-labelledby={titleId} data-provenance={p.provenance}>
      <h3 id={titleId} className="drawer-section-title">{t.title}</h3>
      <div className="progress-pair">
        <Bar label={t.elapsed} tenths={b.elapsedTenths} lang={lang} kind="elapsed" />
        <Bar label={t.done} tenths={b.doneTenths} lang={lang} kind="done" />
      </div>
      <p className="rule-applied">
        {ruleBasis(p, b, asOf, dm, lang)}{t.arrow}
        {/* Icon and word, never colour alone; the icon is decoration for screen readers. */}
        <span className={`status status-${rag}`}><span aria-hidden="true">{STATUS_ICON[status]}</span> {m.status[status]}</span>
      </p>
      <p className="rule-statement" data-rule="">
        {t.rule(formatNumber(THRESHOLDS.amberPts, lang), formatNumber(THRESHOLDS.redPts, lang), m.status['at-risk'], m.status.behind)}
      </p>
    </section>
  );
}
