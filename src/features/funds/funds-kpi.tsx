import { useQuery } from '@tanstack/react-query';
import { fundsQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';
import { fundTotals } from './funds-logic';

export function FundsKpi() {
  const lang = useLang();
  const m = useMessages().funds.kpi;
  const query = useQuery(fundsQuery());
  return (
    <KpiTile title={m.title}>
      <QueryWidget query={query} minHeight={kpiLines(4)} isEmpty={(d) => d.funds.length === 0}>
        {(data) => {
          const t = fundTotals(data);
          return (
            <>
              {data.funds.map((f) => (
                <KpiLine key={f.id} label={f.name[lang]}><FigureValue figure={f.size} /></KpiLine>
              ))}
              <KpiLine label={m.total}><FigureValue figure={t.total} size="lg" /></KpiLine>
              <KpiLine label={m.deployed}><FigureValue figure={t.deployed} size="sm" /></KpiLine>
            </>
          );
        }}
      </QueryWidget>
    </KpiTile>
  );
}
