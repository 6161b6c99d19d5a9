import { useQuery } from '@tanstack/react-query';
import { fundsQuery } from '@/api/queries';
import type { Funds } from '@/contract/schemas';
import { ChartPanel, type ChartContent } from '@/components/chart-panel';
import { LineChart, PALETTE, type Series } from '@/components/charts';
import { DataTable, type Column } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, formatQuantity, moneyScale, type Lang, type MoneyScale } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { deploymentRows, fundsSummary, maxDeployedWan, type DeploymentRow } from './funds-logic';

const M = {
  zh: {
    title: '基金规模与累计投放',
    source: '信阳市人民政府答复（2024-05-30）；分项为示例数据',
    illustrative: '（示例）',
    month: '月份',
    caption: '各基金逐月累计投放',
  },
  en: {
    title: 'Funds: size and cumulative deployment',
    source: 'Xinyang government reply, 30 May 2024; breakdown illustrative',
    illustrative: ' (illustrative)',
    month: 'Month',
    caption: 'Cumulative deployment of each fund by month',
  },
};

/** Sizes are documented (in the summary and the table header); the deployment lines are illustrative. */
function build(data: Funds, lang: Lang, money: MoneyScale): ChartContent {
  const m = M[lang];
  const rows = deploymentRows(data, lang);
  const series: Series[] = data.funds.map((f, i) => ({
    key: f.id,
    label: `${f.name[lang]}${m.illustrative}`,
    color: PALETTE[i % PALETTE.length] ?? PALETTE[0],
    illustrative: true,
  }));
  const columns: Column<DeploymentRow>[] = [
    { key: 'month', label: m.month, render: (r) => r.label },
    ...data.funds.map((f): Column<DeploymentRow> => ({
      key: f.id,
      // The header carries the documented size, so the table alone shows how far each fund has gone.
      label: lang === 'zh' ? `${f.name.zh}（${formatQuantity(f.size, lang)}）` : `${f.name.en} (${formatQuantity(f.size, lang)})`,
      numeric: true,
      render: (r) => {
        const v = r[f.id];
        return typeof v === 'number' ? <>{formatMoneyWan(v, lang)} <ProvenanceBadge provenance="illustrative" /></> : '—';
      },
    })),
  ];
  return {
    summary: fundsSummary(data, lang),
    chart: (
      <LineChart
        data={rows}
        categoryKey="label"
        series={series}
        formatValue={money.value}
        formatAxis={money.tick}
      />
    ),
    table: <DataTable caption={m.caption} columns={columns} rows={rows} rowKey={(r) => r.month} />,
  };
}

export function FundsChart() {
  const lang = useLang();
  const query = useQuery(fundsQuery());
  const money = moneyScale(query.data ? maxDeployedWan(query.data) : 0, lang);
  return (
    <ChartPanel provenance="illustrative"
      title={M[lang].title}
      unit={money.unit}
      source={M[lang].source}
      query={query}
      isEmpty={(d) => d.funds.length === 0 || d.deployment.length === 0}
      build={(d) => build(d, lang, money)}
    />
  );
}
