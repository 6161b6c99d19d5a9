import { THRESHOLDS } from '@/lib/schedule';
import { STATUS_ICON, STATUS_LABEL } from '@/lib/status-labels';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';

const M = {
  zh: {
    title: '如何阅读本看板',
    documented: '无标记的数字均出自来函原文；悬停、聚焦或点按数字可查看精确值和原文。',
    illustrative: '来函未给出的逐项明细（逐个项目、进度、日期、分项金额）为按来函总数生成的示例，不是官方数字。',
    inferred: '我们对来函的解读（如“2+1+X”的归类、基金运作主体、项目类别名称），每项附解读说明。',
    derived: '由来函数字计算得出、来函本身未给出的数（如两支基金合计），悬停可查看算式。',
    rule: (a: number, r: number) => `状态按规则计算：落后序时进度 = 时间进度 − 完成进度（按数据截至日计算，非系统时间）。落后不超过${a}个百分点为正常，${a}–${r}个百分点为预警，超过${r}个百分点或已逾期为滞后。`,
  },
  en: {
    title: 'How to read this dashboard',
    documented: 'Unmarked figures are the letter\'s own; hover, focus or tap a figure for its exact value and source quote.',
    illustrative: 'Detail the letter does not give (individual projects, progress, dates, breakdowns) is generated to match its totals. It is not official.',
    inferred: 'Our reading of the letter (e.g. the 2+1+X grouping, which company runs the funds, the category names), each with what we read.',
    derived: 'Computed from the letter\'s figures but not stated in it (e.g. the two funds added); hover for the formula.',
    rule: (a: number, r: number) => `Status follows a rule: lag = share of time elapsed − share of work done, at the data's as-of date (not today's date). Up to ${a} points is on track, ${a}–${r} points is at risk, over ${r} points or past the end date is behind.`,
  },
};

/** The legend for provenance marks and the status rule, stated once where everyone can see it. */
export function ReadingGuide() {
  const lang = useLang();
  const m = M[lang];
  const msg = useMessages();
  return (
    // data-rule: the thresholds here are the app's own rule, not figures about the zone.
    <section className="panel reading-guide" aria-labelledby="guide-title" data-rule="">
      <h2 id="guide-title" className="section-title">{m.title}</h2>
      <ul className="list">
        <li>{m.documented}</li>
        <li><span className="badge badge-illustrative">{msg.illustrative}</span> {m.illustrative}</li>
        <li><span className="badge badge-inferred">{msg.inferred}</span> {m.inferred}</li>
        <li><span className="badge badge-derived">{msg.derived}</span> {m.derived}</li>
        <li>{m.rule(THRESHOLDS.amberPts, THRESHOLDS.redPts)}{' '}
          {(['on-track', 'at-risk', 'behind', 'not-started'] as const).map((s) => (
            <span key={s} className={`status status-${s === 'on-track' ? 'green' : s === 'at-risk' ? 'amber' : s === 'behind' ? 'red' : 'none'}`}>
              {STATUS_ICON[s]} {STATUS_LABEL[lang][s]}{' '}
            </span>
          ))}
        </li>
      </ul>
    </section>
  );
}
