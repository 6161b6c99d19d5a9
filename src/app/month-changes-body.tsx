import { useId } from 'react';
import { ErrorDetail } from '@/components/query-widget';
import { FigureValue, type FigureLike } from '@/components/figure-value';
import { KpiMain, KpiSub, KpiTile } from '@/components/kpi-tile';
import { LocalName } from '@/components/local-name';
import { formatDate, formatNumber, type Lang } from '@/lib/format';
import { inEveryLanguage, plural, type Messages } from '@/lib/i18n';
import { useMessages } from '@/lib/i18n/use-messages';
import type { MonthChanges } from '@/projects/months/changes';
import type { ChangeKind } from '@/projects/months/kinds';
import { MONTHS_MESSAGES, type MonthsMessages } from '@/projects/months/months-messages';
import { useMonthComparison } from '@/projects/state/compare';
import { PROJECTS_VIEW } from '@/projects/state/view';
import { ViewLink } from '@/projects/view-link';
import { useLang } from '@/stores/language-store';

/** Every other filter off: the link opens exactly the projects of that change, whatever was picked before. */
const only = (change: ChangeKind) => ({
  view: PROJECTS_VIEW, change, category: null, stage: null, status: null, park: null, unit: null, min: null, max: null, q: null,
});

type Formula = keyof MonthsMessages['changes']['formula'];

/** One change as a tile: the figure (derived, its formula on hover) and the link to its projects. */
function ChangeTile({ kind, figure, count }: { kind: ChangeKind; figure: FigureLike; count: number }) {
  const lang = useLang();
  const mm = MONTHS_MESSAGES[lang];
  return (
    <KpiTile title={mm.kinds[kind]}>
      <KpiMain><FigureValue figure={figure} size="lg" /></KpiMain>
      <KpiSub>
        {count > 0 ? <ViewLink target={only(kind)}>{plural(count, mm.changes.link, lang)(formatNumber(count, lang))}</ViewLink> : null}
      </KpiSub>
    </KpiTile>
  );
}

function tiles(c: MonthChanges, previousMonth: string) {
  const formula = (key: Formula) => inEveryLanguage((_t: Messages, lang: Lang) => {
    const f = MONTHS_MESSAGES[lang].changes.formula[key];
    return typeof f === 'function' ? f(formatDate(previousMonth, lang, 'month')) : f;
  });
  const counted = (kind: ChangeKind & Formula) => ({
    kind, count: c.ids[kind].size,
    figure: { value: c.ids[kind].size, unit: 'count', provenance: c.provenance, formula: formula(kind) } satisfies FigureLike,
  });
  return [
    { kind: 'invested' as const, count: c.ids.invested.size, figure: { value: c.investedWan, unit: 'wan-yuan', provenance: c.provenance, formula: formula('invested') } satisfies FigureLike },
    counted('started'), counted('worsened'), counted('recovered'), counted('added'),
    ...(c.ids.decreased.size > 0 ? [counted('decreased')] : []),
  ];
}

/**
 * 较上月: what moved since the month published before this one, as tiles a leader reads at a glance, each a
 * link to exactly its projects. Nothing at all with one month (or the oldest): no change is claimed then.
 */
export function MonthChangesBody() {
  const m = useMessages();
  const lang = useLang();
  const mm = MONTHS_MESSAGES[lang];
  const id = useId();
  const comparison = useMonthComparison();
  if (comparison.state === 'none') return null;
  const previous = formatDate(comparison.previous.month, lang, 'month');
  const title = <h2 id={id} className="section-title">{mm.changes.title(previous)}</h2>;
  if (comparison.state === 'loading') {
    return <section className="month-changes" aria-labelledby={id}>{title}<p className="skeleton month-changes-wait" role="status">{mm.changes.loading}</p></section>;
  }
  if (comparison.state === 'error') {
    return (
      <section className="month-changes" aria-labelledby={id}>
        {title}
        <div className="widget-error" role="alert">
          <p>{mm.changes.failed}</p>
          <ErrorDetail error={comparison.error} />
          <button type="button" className="button" onClick={comparison.retry}>{m.retry}</button>
        </div>
      </section>
    );
  }
  const c = comparison.changes;
  return (
    <section className="month-changes" aria-labelledby={id} data-provenance={c.provenance}>
      {title}
      <div className="kpi-grid month-changes-grid">
        {tiles(c, comparison.previous.month).map((t) => <ChangeTile key={t.kind} {...t} />)}
      </div>
      <p className="panel-meta">{mm.changes.by[c.by]}</p>
      {c.gone.length > 0 ? (
        <details className="month-gone">
          <summary>{mm.changes.goneList}{m.aside(formatNumber(c.gone.length, lang))}</summary>
          <ul>
            {c.gone.map(({ project, duplicate }) => (
              <li key={project.id}><LocalName text={project.name} />{' · '}<LocalName text={project.responsibleUnit} />{duplicate ? mm.changes.duplicate : ''}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
