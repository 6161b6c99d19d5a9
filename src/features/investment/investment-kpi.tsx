import { useQuery } from '@tanstack/react-query';
import { investmentQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiMain, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { useMessages } from '@/lib/i18n/use-messages';

/** Headline: the agreed investment as the letter states it, qualifier included (300亿元以上). */
export function InvestmentKpi() {
  const m = useMessages().investment.kpi;
  const query = useQuery(investmentQuery());
  return (
    <KpiTile title={m.agreed} headline>
      <QueryWidget query={query} minHeight={kpiLines(1)}>
        {(data) => <KpiMain><FigureValue figure={data.agreed} size="lg" /></KpiMain>}
      </QueryWidget>
    </KpiTile>
  );
}

/** Detail: how much of it has landed, summed over the (illustrative) industry split. */
export function LandedLine() {
  const m = useMessages().glance.details;
  const query = useQuery(investmentQuery());
  return (
    <QueryWidget query={query} minHeight={kpiLines(1)} isEmpty={(d) => d.industries.length === 0}>
      {(data) => (
        <KpiLine label={m.landed}>
          <FigureValue figure={{ value: data.industries.reduce((s, i) => s + i.landedWan, 0), unit: 'wan-yuan', provenance: 'illustrative' }} size="sm" />
        </KpiLine>
      )}
    </QueryWidget>
  );
}
