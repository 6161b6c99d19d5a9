import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatDate, formatNumber, formatPercent, type Lang } from '@/lib/format';
import { STATUS_ICON, STATUS_LABEL } from '@/lib/status-labels';
import { THRESHOLDS } from '@/lib/schedule';
import { useLang } from '@/stores/language-store';
import { attentionCounts, type AttentionItem, type AttentionKind } from './attention-logic';

const M = {
  zh: {
    unit: '责任单位：',
    behind: (pts: string) => `落后序时进度${pts}个百分点`,
    overdue: (date: string) => `已逾期（截止${date}）`,
    basis: (done: string, elapsed: string) => `完成${done}，时间进度${elapsed}`,
    period: (start: string, end: string) => `计划期 ${start}至${end}`,
    counts: (red: string, amber: string) => `${STATUS_ICON.behind} 滞后${red}项，${STATUS_ICON['at-risk']} 预警${amber}项`,
    none: { project: '目前没有需要关注的项目', task: '目前没有需要关注的政策任务' },
    noneWhy: (pts: string) => `均未落后序时进度超过${pts}个百分点，也无逾期。`,
  },
  en: {
    unit: 'Responsible unit: ',
    behind: (pts: string) => `${pts} pts behind schedule`,
    overdue: (date: string) => `Overdue (due ${date})`,
    basis: (done: string, elapsed: string) => `${done} done vs ${elapsed} of time elapsed`,
    period: (start: string, end: string) => `Planned ${start} to ${end}`,
    counts: (red: string, amber: string) => `${STATUS_ICON.behind} ${red} behind, ${STATUS_ICON['at-risk']} ${amber} at risk`,
    none: { project: 'No project needs attention', task: 'No policy task needs attention' },
    noneWhy: (pts: string) => `None is more than ${pts} pts behind schedule or overdue.`,
  },
};

function AttentionRow({ item, lang }: { item: AttentionItem; lang: Lang }) {
  const m = M[lang];
  const { status, rag, elapsed, lagPts } = item.assessment;
  return (
    <li className="list-item">
      <div className="panel-head">
        <strong>{item.name[lang]}</strong>
        {/* Icon and word, never colour alone; the icon is decoration for screen readers. */}
        <span className={`status status-${rag}`}>
          <span aria-hidden="true">{STATUS_ICON[status]}</span> {STATUS_LABEL[lang][status]}
        </span>
      </div>
      <span>{m.unit}{item.responsibleUnit[lang]}</span>
      <span>
        {item.overdue ? `${m.overdue(formatDate(item.end, lang))} · ` : null}
        {m.behind(formatNumber(lagPts, lang, 1))}{' '}
        {/* Progress, dates and units are generated examples, not the letter's: say so on the value. */}
        <ProvenanceBadge provenance="illustrative" />
      </span>
      <span className="quote">
        {m.basis(formatPercent(item.done, lang), formatPercent(elapsed, lang))}
        {' · '}
        {m.period(formatDate(item.start, lang), formatDate(item.end, lang))}
      </span>
    </li>
  );
}

/** One ranked list (projects or tasks). An empty ranking is a finding, so it says so in words. */
export function AttentionList({ kind, items }: { kind: AttentionKind; items: readonly AttentionItem[] }) {
  const lang = useLang();
  const m = M[lang];
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
        {items.map((i) => <AttentionRow key={`${i.kind}-${i.id}`} item={i} lang={lang} />)}
      </ul>
    </>
  );
}
