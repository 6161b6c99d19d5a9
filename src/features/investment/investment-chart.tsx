import { useQuery } from '@tanstack/react-query';
import { investmentQuery } from '@/api/queries';
import type { Investment } from '@/contract/schemas';
import { ChartPanel, CSV_WAN, type ChartContent } from '@/components/chart-panel';
import { BarChart, PALETTE, type Series } from '@/components/charts';
import { DataTable, type Column } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, formatPercent, moneyScale, type Lang, type MoneyScale } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { industryRows, investmentSummary, maxAgreedWan, type IndustryRow } from './investment-logic';

const money = (v: number, lang: Lang) => (
  <>{formatMoneyWan(v, lang)} <ProvenanceBadge provenance="illustrative" /></>
);

function build(data: Investment, lang: Lang, scale: MoneyScale): ChartContent {
  const m = MESSAGES[lang].investment.chart;
  const rows = industryRows(data, lang);
  const series: Series[] = [
    { key: 'agreedWan', label: m.agreed, color: PALETTE[0], illustrative: true },
    { key: 'landedWan', label: m.landed, color: PALETTE[1], illustrative: true },
  ];
  const columns: Column<IndustryRow>[] = [
    { key: 'name', label: m.industry, render: (r) => r.name },
    // The grouping is our reading of the letter: one mark for the whole column, on its header.
    { key: 'group', label: <>{m.group} <ProvenanceBadge provenance="inferred" /></>, render: (r) => r.group },
    { key: 'agreed', label: m.agreed, numeric: true, render: (r) => money(r.agreedWan, lang) },
    { key: 'landed', label: m.landed, numeric: true, render: (r) => money(r.landedWan, lang) },
    { key: 'share', label: m.share, numeric: true, render: (r) => <>{formatPercent(r.landedShare, lang)} <ProvenanceBadge provenance="illustrative" /></> },
  ];
  return {
    summary: investmentSummary(data, lang),
    chart: (
      // Horizontal: long Chinese industry names stay readable on a 390 px phone.
      <BarChart
        data={rows}
        categoryKey="name"
        series={series}
        horizontal
        categoryWidth={m.categoryWidth}
        height={Math.max(220, rows.length * 64)}
        formatValue={scale.value}
        formatAxis={scale.tick}
      />
    ),
    table: <DataTable caption={m.caption} columns={columns} rows={rows} rowKey={(r) => r.id} />,
    legend: series,
    csv: { rows, columns: [{ key: 'name', header: m.industry }, { key: 'group', header: m.group },
      ...series.map((s) => ({ key: s.key, header: s.label, unit: CSV_WAN }))] },
  };
}

export function InvestmentChart() {
  const lang = useLang();
  const m = useMessages().investment.chart;
  const query = useQuery(investmentQuery());
  // Landed never exceeds agreed, so the largest agreed figure is the longest bar.
  const scale = moneyScale(query.data ? maxAgreedWan(query.data) : 0, lang);
  return (
    <ChartPanel provenance="illustrative"
      title={m.title}
      unit={scale.unit}
      sourceNote={m.sourceNote}
      query={query}
      isEmpty={(d) => d.industries.length === 0}
      build={(d) => build(d, lang, scale)}
    />
  );
}
