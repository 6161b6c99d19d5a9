import { useQuery } from '@tanstack/react-query';
import { cooperationQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';

export function CooperationKpi() {
  const lang = useLang();
  const m = useMessages().cooperation.kpi;
  const query = useQuery(cooperationQuery());
  return (
    <KpiTile title={m.title}>
      <QueryWidget query={query} minHeight={kpiLines(4)} isEmpty={(d) => d.counts.length === 0}>
        {(data) => data.counts.map((c) => (
          <KpiLine key={c.kind} label={c.name[lang]}><FigureValue figure={c.count} /></KpiLine>
        ))}
      </QueryWidget>
    </KpiTile>
  );
}
