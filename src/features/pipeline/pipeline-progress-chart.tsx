import { computedFrom } from '@/lib/records-provenance';
import { ChartPanel, CSV_WAN } from '@/components/chart-panel';
import { PlainLineChart, PALETTE } from '@/components/charts';
import { DataTable } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatDate, formatMoneyWan, moneyScale } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { useExportFilterWords } from '@/projects/state/export-words';
import { useFilteredProjects } from '@/projects/state/filtered';
import { maxProgressWan, progressOverTime, type ProgressPoint } from './pipeline-logic';
import { progressSummary } from './pipeline-summary';

export function PipelineProgressChart() {
  const filterWords = useExportFilterWords();
  const lang = useLang();
  const m = useMessages().pipeline.progressChart;
  const query = useFilteredProjects();
  // From the points drawn for the filtered items, so the label, the ticks and the tooltips share one unit.
  const money = moneyScale(query.data ? maxProgressWan(progressOverTime(query.data.items, query.data.asOf)) : 0, lang);
  const build = (data: { items: Parameters<typeof progressOverTime>[0]; asOf: string }) => {
    const points = progressOverTime(data.items, data.asOf);
    const fmt = (v: number) => formatMoneyWan(v, lang);
    const rows = points.map((p) => ({ ...p, label: formatDate(p.period, lang, 'month') }));
    const series = [
      { key: 'plannedWan', label: m.planned, color: PALETTE[0], illustrative: true },
      { key: 'completedWan', label: m.completed, color: PALETTE[1], illustrative: true },
    ];
    return {
      summary: progressSummary(points, lang),
      chart: (
        <PlainLineChart data={rows} categoryKey="label" formatValue={money.value} formatAxis={money.tick} series={series} />
      ),
      legend: series,
      csv: { rows, columns: [{ key: 'period', header: m.period }, ...series.map((s) => ({ key: s.key, header: s.label, unit: CSV_WAN }))] },
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
    <ChartPanel provenance="illustrative" filterWords={filterWords} title={m.title} unit={money.unit} sourceNote={query.data && computedFrom(query.data.items) !== 'illustrative' ? m.sourceNoteRecords : m.sourceNote} query={query} isEmpty={(d) => progressOverTime(d.items, d.asOf).length === 0} build={build} />
  );
}
