import { useQuery } from '@tanstack/react-query';
import { energyQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';

/** Each project keeps its own unit: the letter gives no total, and GW, MW and 台套 do not add up. */
export function EnergyKpi() {
  const lang = useLang();
  const m = useMessages().energy.kpi;
  const query = useQuery(energyQuery());
  return (
    <KpiTile title={m.title}>
      <QueryWidget query={query} minHeight={kpiLines(4)} isEmpty={(d) => d.projects.length === 0}>
        {(data) => data.projects.map((p) => (
          <KpiLine key={p.id} label={p.name[lang]}><FigureValue figure={p.capacity} /></KpiLine>
        ))}
      </QueryWidget>
    </KpiTile>
  );
}
