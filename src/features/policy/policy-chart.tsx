import { useQuery } from '@tanstack/react-query';
import { policyTasksQuery } from '@/api/queries';
import type { PolicyTasks } from '@/contract/schemas';
import { ChartPanel, type ChartContent } from '@/components/chart-panel';
import { BarChart, RAG_COLOR, type Series } from '@/components/charts';
import { DataTable, type Column } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatNumber, formatPercent, formatQuantity, type Lang } from '@/lib/format';
import { RAG } from '@/lib/schedule';
import { MESSAGES } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { policySummary, statusRows, TASK_STATUS_ORDER, type StatusRow } from './policy-logic';

/**
 * The 63 is documented; each task's dates and progress, and so every status count, are illustrative: the panel
 * says so once (ChartPanel's note), so neither the legend nor the cells repeat it.
 */
function build(data: PolicyTasks, lang: Lang): ChartContent {
  const m = MESSAGES[lang].policy.chart;
  const rows = statusRows(data.tasks, data.asOf, lang);
  // One series per status, stacked on its own row, so each bar takes its RAG colour and the legend names it.
  // The legend's own swatch is its icon: the status icon stays on the row's label, not doubled beside the swatch.
  const series: Series[] = TASK_STATUS_ORDER.map((s) => ({
    key: s,
    label: MESSAGES[lang].status[s],
    color: RAG_COLOR[RAG[s]],
    illustrative: true,
    stackId: 'status',
  }));
  const columns: Column<StatusRow>[] = [
    { key: 'status', label: m.status, render: (r) => r.label },
    { key: 'count', label: m.count, numeric: true, render: (r) => <>{formatQuantity({ value: r.count, unit: 'items' }, lang)} <ProvenanceBadge provenance="illustrative" /></> },
    { key: 'share', label: m.share, numeric: true, render: (r) => <>{formatPercent(r.share, lang)} <ProvenanceBadge provenance="illustrative" /></> },
  ];
  return {
    summary: policySummary(data.tasks, data.asOf, lang),
    chart: (
      <BarChart
        data={rows}
        categoryKey="label"
        series={series}
        horizontal
        categoryWidth={m.categoryWidth}
        formatValue={(v) => formatQuantity({ value: v, unit: 'items' }, lang)}
        formatAxis={(v) => formatNumber(v, lang)}
      />
    ),
    table: <DataTable caption={m.caption} columns={columns} rows={rows} rowKey={(r) => r.status} />,
    legend: series,
    csv: { rows, columns: [{ key: 'label', header: m.status }, { key: 'count', header: m.count, unit: m.unit }] },
  };
}

export function PolicyChart() {
  const lang = useLang();
  const m = useMessages().policy.chart;
  const query = useQuery(policyTasksQuery());
  return (
    <ChartPanel provenance="illustrative"
      title={m.title}
      unit={m.unit}
      sourceNote={m.sourceNote}
      query={query}
      isEmpty={(d) => d.tasks.length === 0}
      build={(d) => build(d, lang)}
    />
  );
}
