import { useQuery } from '@tanstack/react-query';
import { fundsQuery } from '@/api/queries';
import type { Funds } from '@/contract/schemas';
import { ChartPanel, CSV_WAN, type ChartContent } from '@/components/chart-panel';
import { LineChart, PALETTE, type Series } from '@/components/charts';
import { DataTable, type Column } from '@/components/data-table';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { formatMoneyWan, formatQuantity, moneyScale, type Lang, type MoneyScale } from '@/lib/format';
import { MESSAGES } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { deploymentRows, fundsSummary, maxDeployedWan, type DeploymentRow } from './funds-logic';

/**
 * Sizes are documented (in the summary and the table header); the deployment lines are illustrative. A mixed
 * panel, so no panel note: each deployment value, and each line's legend entry, carries the ※ glyph.
 */
function build(data: Funds, lang: Lang, money: MoneyScale): ChartContent {
  const m = MESSAGES[lang].funds.chart;
  const rows = deploymentRows(data, lang);
  const series: Series[] = data.funds.map((f, i) => ({
    key: f.id,
    label: f.name[lang],
    color: PALETTE[i % PALETTE.length] ?? PALETTE[0],
    illustrative: true,
  }));
  const columns: Column<DeploymentRow>[] = [
    { key: 'month', label: m.month, render: (r) => r.label },
    ...data.funds.map((f): Column<DeploymentRow> => ({
      key: f.id,
      // The header carries the documented size, so the table alone shows how far each fund has gone.
      label: m.sizeHeader(f.name[lang], formatQuantity(f.size, lang)),
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
    legend: series,
    csv: { rows, columns: [{ key: 'month', header: m.month }, ...data.funds.map((f) => ({ key: f.id, header: f.name[lang], unit: CSV_WAN }))] },
  };
}

export function FundsChart() {
  const lang = useLang();
  const m = useMessages().funds.chart;
  const query = useQuery(fundsQuery());
  const money = moneyScale(query.data ? maxDeployedWan(query.data) : 0, lang);
  return (
    <ChartPanel provenance="illustrative" mixed
      title={m.title}
      unit={money.unit}
      sourceNote={m.sourceNote}
      query={query}
      isEmpty={(d) => d.funds.length === 0 || d.deployment.length === 0}
      build={(d) => build(d, lang, money)}
    />
  );
}
