import { useQuery } from '@tanstack/react-query';
import { investmentQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { useMessages } from '@/stores/use-messages';

export function InvestmentKpi() {
  const m = useMessages().investment.kpi;
  const query = useQuery(investmentQuery());
  return (
    <KpiTile title={m.title}>
      <QueryWidget query={query} minHeight={kpiLines(2)}>
        {(data) => (
          <>
            <KpiLine label={m.agreed}><FigureValue figure={data.agreed} size="lg" /></KpiLine>
            {data.industries.length > 0 ? (
              <KpiLine label={m.landed}>
                <FigureValue figure={{ value: data.industries.reduce((s, i) => s + i.landedWan, 0), unit: 'wan-yuan', provenance: 'illustrative' }} />
              </KpiLine>
            ) : null}
          </>
        )}
      </QueryWidget>
    </KpiTile>
  );
}
