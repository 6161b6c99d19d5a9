import { useQuery } from '@tanstack/react-query';
import { projectsQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { formatDate } from '@/lib/format';
import { yearElapsedDays } from '@/lib/schedule';
import { inEveryLanguage } from '@/lib/i18n';
import { useMessages } from '@/stores/use-messages';
import { pipelineStats } from './pipeline-logic';

/** The formula travels with the figure in both languages, like the API's formulas do. */
const timeShareFormula = (asOf: string) => {
  const { days, daysInYear } = yearElapsedDays(asOf);
  return inEveryLanguage((m, lang) => m.pipeline.kpi.timeFormula(days, daysInYear, formatDate(asOf, lang)));
};

export function PipelineKpi() {
  const m = useMessages().pipeline.kpi;
  const query = useQuery(projectsQuery());
  return (
    <KpiTile title={m.title}>
      <QueryWidget query={query} minHeight={kpiLines(5)}>
        {(data) => {
          const s = pipelineStats(data.items, data.asOf);
          return (
            <>
              <KpiLine label={m.count}><FigureValue figure={data.documented.count} /></KpiLine>
              <KpiLine label={m.total}><FigureValue figure={data.documented.total} size="lg" /></KpiLine>
              {/* With no project records there is nothing to report progress on: 0% would read as a fact. */}
              {data.items.length > 0 ? (<>
              <KpiLine label={m.completed}>
                <FigureValue figure={{ value: s.completedWan, unit: 'wan-yuan', provenance: 'illustrative' }} size="sm" />
              </KpiLine>
              <KpiLine label={m.rate}>
                <FigureValue figure={{ value: Math.round(s.annualRate * 1000) / 10, unit: 'percent', provenance: 'illustrative' }} size="sm" />
              </KpiLine>
              <KpiLine label={m.time}>
                {/* Computed from the as-of date alone, so derived, with the day count as its formula. */}
                <FigureValue size="sm" figure={{
                  value: Math.round(s.timeShare * 1000) / 10, unit: 'percent', provenance: 'derived',
                  formula: timeShareFormula(data.asOf),
                }} />
              </KpiLine>
              </>) : null}
            </>
          );
        }}
      </QueryWidget>
    </KpiTile>
  );
}
