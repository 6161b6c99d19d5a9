import { useQuery } from '@tanstack/react-query';
import { investmentQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';

const M = {
  zh: { title: '招商引资', agreed: '达成合作投资总额', landed: '已落地（示例）' },
  en: { title: 'Investment', agreed: 'Agreed investment', landed: 'Landed (illustrative)' },
};

export function InvestmentKpi() {
  const lang = useLang();
  const m = M[lang];
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
