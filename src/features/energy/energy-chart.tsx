import { useQuery } from '@tanstack/react-query';
import { energyQuery } from '@/api/queries';
import type { Energy } from '@/contract/schemas';
import { ChartPanel, type ChartContent } from '@/components/chart-panel';
import { BarChart, PALETTE } from '@/components/charts';
import { DataTable, type Column } from '@/components/data-table';
import { formatNumber, type Lang } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { energyChartRows, energySummary, energyTableRows, energyValueLabel, type EnergyRow } from './energy-logic';

const M = {
  zh: {
    title: '能源项目规模与阶段',
    unit: 'MW（制氢装备为台套）',
    source: '信阳市人民政府答复（2024-05-30）',
    series: '规模（按MW同轴）',
    project: '项目',
    capacity: '规模',
    stage: '阶段',
    caption: '能源项目规模与阶段（来函未给合计）',
  },
  en: {
    title: 'Energy projects: capacity and stage',
    unit: 'MW (hydrogen line: sets)',
    source: 'Xinyang government reply, 30 May 2024',
    series: 'Capacity (on one MW axis)',
    project: 'Project',
    capacity: 'Capacity',
    stage: 'Stage',
    caption: 'Energy projects by capacity and stage (the letter gives no total)',
  },
};

/** All figures here are the letter's own, so nothing is marked; nothing is summed either. */
function build(data: Energy, lang: Lang): ChartContent {
  const m = M[lang];
  const chartRows = energyChartRows(data, lang);
  const valueLabel = energyValueLabel(chartRows, lang);
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
        series={[{ key: 'mw', label: m.series, color: PALETTE[2] }]}
        horizontal
        categoryWidth={lang === 'zh' ? 140 : 170}
        height={Math.max(200, chartRows.length * 64)}
        formatValue={valueLabel}
        formatAxis={(v) => formatNumber(v, lang)}
      />
    ),
    table: <DataTable caption={m.caption} columns={columns} rows={energyTableRows(data, lang)} rowKey={(r) => r.id} />,
  };
}

export function EnergyChart() {
  const lang = useLang();
  const query = useQuery(energyQuery());
  return (
    <ChartPanel provenance="documented"
      title={M[lang].title}
      unit={M[lang].unit}
      source={M[lang].source}
      query={query}
      isEmpty={(d) => d.projects.length === 0}
      build={(d) => build(d, lang)}
    />
  );
}
