import { useQuery } from '@tanstack/react-query';
import { projectsQuery } from '@/api/queries';
import { ChartPanel } from '@/components/chart-panel';
import { LineChart, PALETTE } from '@/components/charts';
import { DataTable } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatDate, formatMoneyWan, moneyScale } from '@/lib/format';
import { useProjectFilters } from '@/stores/filters-store';
import { useLang } from '@/stores/language-store';
import { maxProgressWan, progressOverTime, type ProgressPoint } from './pipeline-logic';
import { progressSummary } from './pipeline-summary';

const M = {
  zh: { title: '计划与完成投资（累计）', planned: '按计划应完成（示例）', completed: '实际完成（示例）', period: '时点', source: '示例数据，按来函总投资319.3亿元生成', caption: '累计计划与完成投资' },
  en: { title: 'Planned vs completed investment (cumulative)', planned: 'Due by schedule (illustrative)', completed: 'Completed (illustrative)', period: 'Date', source: 'Illustrative, generated to match the letter\'s CNY 31.93 bn total', caption: 'Cumulative planned and completed investment' },
};

export function PipelineProgressChart() {
  const lang = useLang();
  const m = M[lang];
  const query = useQuery(projectsQuery(useProjectFilters()));
  // From the points drawn for the filtered items, so the label, the ticks and the tooltips share one unit.
  const money = moneyScale(query.data ? maxProgressWan(progressOverTime(query.data.items, query.data.asOf)) : 0, lang);
  const build = (data: { items: Parameters<typeof progressOverTime>[0]; asOf: string }) => {
    const points = progressOverTime(data.items, data.asOf);
    const fmt = (v: number) => formatMoneyWan(v, lang);
    return {
      summary: progressSummary(points, lang),
      chart: (
        <LineChart data={points.map((p) => ({ ...p, label: formatDate(p.period, lang, 'month') }))} categoryKey="label"
          formatValue={money.value} formatAxis={money.tick}
          series={[
            { key: 'plannedWan', label: m.planned, color: PALETTE[0], illustrative: true },
            { key: 'completedWan', label: m.completed, color: PALETTE[1], illustrative: true },
          ]} />
      ),
      table: (
        <DataTable<ProgressPoint> caption={m.caption} rows={points} rowKey={(p) => p.period} columns={[
          { key: 'period', label: m.period, render: (p) => formatDate(p.period, lang) },
          { key: 'planned', label: m.planned, numeric: true, render: (p) => fmt(p.plannedWan) },
          { key: 'completed', label: m.completed, numeric: true, render: (p) => <>{fmt(p.completedWan)} <ProvenanceBadge provenance="illustrative" /></> },
        ]} />
      ),
    };
  };
  return (
    <ChartPanel provenance="illustrative" title={m.title} unit={money.unit} source={m.source} query={query} isEmpty={(d) => progressOverTime(d.items, d.asOf).length === 0} build={build} />
  );
}
