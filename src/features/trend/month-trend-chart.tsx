import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MonthEntry, Projects, Provenance, Source } from '@/contract/schemas';
import { ChartPanel, CSV_WAN, type ChartContent } from '@/components/chart-panel';
import { PlainBarChart, PlainLineChart, type ChartRow } from '@/components/charts';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatDate, formatNumber, moneyScale } from '@/lib/format';
import { formatList, plural } from '@/lib/i18n';
import { useMessages } from '@/lib/i18n/use-messages';
import { computedFrom } from '@/lib/records-provenance';
import { useProjectsOptions } from '@/projects/state/month';
import { useLang } from '@/stores/language-store';
import { hasTrend, maxTrendWan, missingMonths, trendRows, type TrendRow } from './trend-logic';
import { TREND_MESSAGES } from './trend-messages';
import { trendSeries, TREND_STATUSES } from './trend-series';
import { trendSummary } from './trend-summary';
import { TrendTable } from './trend-table';

type Metric = 'money' | 'status';

/** What the panel draws: every published month, dated and sourced as the newest one is. */
interface TrendData {
  asOf: string;
  source: Source;
  months: readonly MonthEntry[];
  provenance: Provenance;
}

/**
 * The months travel with the projects of the month shown (one response, one cache entry), whichever month that
 * is: the trend always draws them all. Derived from the published records; if the records on hand are a guess
 * (illustrative, inferred), so is every total computed like them. Module-level, so React Query keeps its result.
 */
const toTrend = (d: Projects): TrendData => ({
  asOf: d.months?.[0]?.asOf ?? d.asOf,
  source: d.months?.[0]?.source ?? d.source,
  months: d.months ?? [],
  provenance: computedFrom(d.items),
});

const chartRow = (r: TrendRow): ChartRow => ({
  month: r.month, label: r.label, plannedWan: r.plannedWan, completedWan: r.completedWan,
  rate: Math.round(r.rate * 1000) / 10, count: r.count, ...Object.fromEntries(TREND_STATUSES.map((s) => [s, r[s]])),
});

/**
 * By published month: investment to date against the total, or the projects by status. Only the months' own
 * totals, as published: no month in a gap is invented, and with one month the panel has nothing to draw.
 */
export function MonthTrendChart() {
  const lang = useLang();
  const msg = useMessages();
  const m = TREND_MESSAGES[lang];
  const [metric, setMetric] = useState<Metric>('money');
  const query = useQuery({ ...useProjectsOptions(), select: toTrend });
  const provenance = query.data?.provenance ?? 'derived';
  // One unit for the axis, the ticks and the tooltips, from the largest amount drawn.
  const money = moneyScale(query.data ? maxTrendWan(trendRows(query.data.months, lang)) : 0, lang);
  const count = (v: number) => plural(v, m.countValue, lang)(formatNumber(v, lang));
  const build = (data: TrendData): ChartContent => {
    const rows = trendRows(data.months, lang);
    const series = trendSeries(lang, provenance === 'illustrative');
    const shown = metric === 'money' ? series.money : series.status;
    const drawn = rows.map(chartRow);
    return {
      summary: trendSummary(rows, lang),
      chart: metric === 'money'
        ? <PlainLineChart data={drawn} categoryKey="label" series={shown} formatValue={money.value} formatAxis={money.tick} />
        : <PlainBarChart data={drawn} categoryKey="label" series={shown} formatValue={count} formatAxis={(v) => formatNumber(v, lang)} />,
      legend: shown,
      // Both measures, as the table has them: raw numbers, each month as the contract names it.
      csv: {
        rows: drawn,
        columns: [
          { key: 'month', header: m.month },
          { key: 'plannedWan', header: m.planned, unit: CSV_WAN },
          { key: 'completedWan', header: m.completed, unit: CSV_WAN },
          { key: 'rate', header: m.rate, unit: '%' },
          { key: 'count', header: m.count, unit: m.unitCount },
          ...TREND_STATUSES.map((s) => ({ key: s, header: msg.status[s], unit: m.unitCount })),
        ],
      },
      table: <TrendTable rows={rows} lang={lang} provenance={provenance} />,
    };
  };
  const gaps = query.data ? missingMonths(trendRows(query.data.months, lang)) : [];
  const controls = (
    <div className="segmented" role="group" aria-label={m.metric}>
      {(['money', 'status'] as const).map((k) => (
        <button key={k} type="button" className="button" aria-pressed={metric === k} onClick={() => setMetric(k)}>{m[k]}</button>
      ))}
    </div>
  );
  return (
    <ChartPanel provenance={provenance} title={m.title} unit={metric === 'money' ? money.unit : m.unitCount}
      sourceNote={m.sourceNote} query={query} isEmpty={(d) => !hasTrend(d.months)} build={build} controls={controls}
      // The one 计算值 mark of the panel, with its formula in words beside it (each table figure has its own).
      axisNote={<>
        <ProvenanceBadge provenance={provenance} /> {m.derived}
        {gaps.length ? <> {m.gap(formatList(gaps.map((g) => formatDate(g, lang, 'month')), lang))}</> : null}
      </>} />
  );
}
