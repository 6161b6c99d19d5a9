import { useQuery } from '@tanstack/react-query';
import { energyQuery } from '@/api/queries';
import type { Energy } from '@/contract/schemas';
import { ChartPanel, type ChartContent } from '@/components/chart-panel';
import { BarChart, PALETTE } from '@/components/charts';
import { DataTable, type Column } from '@/components/data-table';
import { formatNumber, type Lang } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { energyChartRows, energySummary, energyTableRows, energyValueLabel, type EnergyRow } from './energy-logic';

/** All figures here are the letter's own, so nothing is marked; nothing is summed either. */
function build(data: Energy, lang: Lang): ChartContent {
  const m = MESSAGES[lang].energy.chart;
  const chartRows = energyChartRows(data, lang);
  const valueLabel = energyValueLabel(chartRows, lang);
  const series = [{ key: 'mw', label: m.series, color: PALETTE[2] }];
  const columns: Column<EnergyRow>[] = [
    { key: 'name', label: m.project, render: (r) => r.name },
    { key: 'own', label: m.capacity, numeric: true, render: (r) => r.own },
    { key: 'stage', label: m.stage, render: (r) => r.stage },
  ];
  return {
    summary: energySummary(data, lang),
    chart: (
      <BarChart
        data={chartRows}
        categoryKey="label"
        series={series}
        horizontal
        categoryWidth={m.categoryWidth}
        height={Math.max(200, chartRows.length * 64)}
        formatValue={valueLabel}
        formatAxis={(v) => formatNumber(v, lang)}
      />
    ),
    table: <DataTable caption={m.caption} columns={columns} rows={energyTableRows(data, lang)} rowKey={(r) => r.id} />,
    legend: series,
    // The plotted MW beside the letter's own figure, which the table shows.
    csv: { rows: chartRows, columns: [{ key: 'name', header: m.project }, { key: 'mw', header: m.series }, { key: 'own', header: m.capacity }, { key: 'stage', header: m.stage }] },
  };
}

export function EnergyChart() {
  const lang = useLang();
  const m = useMessages().energy.chart;
  const query = useQuery(energyQuery());
  return (
    // Three bars draw 200 px: the default floor (300) would leave an empty band under the chart.
    <ChartPanel provenance="documented" minHeight={260}
      title={m.title}
      unit={m.unit}
      query={query}
      isEmpty={(d) => d.projects.length === 0}
      build={(d) => build(d, lang)}
    />
  );
}
