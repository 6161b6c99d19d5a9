import { useQuery } from '@tanstack/react-query';
import { investmentQuery } from '@/api/queries';
import type { Investment } from '@/contract/schemas';
import { ChartPanel, type ChartContent } from '@/components/chart-panel';
import { BarChart, PALETTE, type Series } from '@/components/charts';
import { DataTable, type Column } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, formatPercent, moneyScale, type Lang, type MoneyScale } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { industryRows, investmentSummary, maxAgreedWan, type IndustryRow } from './investment-logic';

const M = {
  zh: {
    title: '分产业招商引资：签约与落地',
    source: '信阳市人民政府答复（2024-05-30）；分项为示例数据',
    agreed: '签约额（示例）',
    landed: '已落地（示例）',
    industry: '产业',
    group: '“2+1+X”分组',
    share: '落地占比',
    caption: '分产业签约额与已落地额',
  },
  en: {
    title: 'Investment by industry: agreed and landed',
    source: 'Xinyang government reply, 30 May 2024; breakdown illustrative',
    agreed: 'Agreed (illustrative)',
    landed: 'Landed (illustrative)',
    industry: 'Industry',
    group: '2+1+X group',
    share: 'Landed share',
    caption: 'Agreed and landed investment by industry',
  },
};

const money = (v: number, lang: Lang) => (
  <>{formatMoneyWan(v, lang)} <ProvenanceBadge provenance="illustrative" /></>
);

function build(data: Investment, lang: Lang, scale: MoneyScale): ChartContent {
  const m = M[lang];
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
        categoryWidth={lang === 'zh' ? 88 : 120}
        height={Math.max(220, rows.length * 64)}
        formatValue={scale.value}
        formatAxis={scale.tick}
      />
    ),
    table: <DataTable caption={m.caption} columns={columns} rows={rows} rowKey={(r) => r.id} />,
  };
}

export function InvestmentChart() {
  const lang = useLang();
  const query = useQuery(investmentQuery());
  // Landed never exceeds agreed, so the largest agreed figure is the longest bar.
  const scale = moneyScale(query.data ? maxAgreedWan(query.data) : 0, lang);
  return (
    <ChartPanel provenance="illustrative"
      title={M[lang].title}
      unit={scale.unit}
      source={M[lang].source}
      query={query}
      isEmpty={(d) => d.industries.length === 0}
      build={(d) => build(d, lang, scale)}
    />
  );
}
