import { useQuery } from '@tanstack/react-query';
import { projectsQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { formatDate } from '@/lib/format';
import { yearElapsedDays } from '@/lib/schedule';
import { useLang } from '@/stores/language-store';
import { pipelineStats } from './pipeline-logic';

const M = {
  zh: { title: '项目推进', count: '项目数', total: '总投资', completed: '累计完成投资', rate: '年度投资完成率', time: '序时进度' },
  en: { title: 'Project pipeline', count: 'Projects', total: 'Total investment', completed: 'Invested to date', rate: 'Annual completion', time: 'Time elapsed' },
};

const timeShareFormula = (asOf: string) => {
  const { days, daysInYear } = yearElapsedDays(asOf);
  return {
    zh: `${days} ÷ ${daysInYear}（${formatDate(asOf, 'zh')}为全年第${days}天）`,
    en: `${days} ÷ ${daysInYear} (${formatDate(asOf, 'en')} is day ${days} of the year)`,
  };
};

export function PipelineKpi() {
  const lang = useLang();
  const m = M[lang];
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
