import { useQuery } from '@tanstack/react-query';
import { policyTasksQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { STATUS_ICON, STATUS_LABEL } from '@/lib/status-labels';
import { useLang } from '@/stores/language-store';
import { TASK_STATUS_ORDER, tasksByStatus } from './policy-logic';

const M = { zh: { title: '政策任务', total: '第一批任务' }, en: { title: 'Policy tasks', total: 'First batch' } };

export function PolicyKpi() {
  const lang = useLang();
  const query = useQuery(policyTasksQuery());
  return (
    <KpiTile title={M[lang].title}>
      <QueryWidget query={query} minHeight={kpiLines(6)}>
        {(data) => {
          const counts = tasksByStatus(data.tasks, data.asOf);
          return (
            <>
              <KpiLine label={M[lang].total}><FigureValue figure={data.count} size="lg" /></KpiLine>
              {data.tasks.length > 0 ? TASK_STATUS_ORDER.map((s) => (
                <KpiLine key={s} label={`${STATUS_ICON[s]} ${STATUS_LABEL[lang][s]}`}>
                  <FigureValue figure={{ value: counts[s], unit: 'items', provenance: 'illustrative' }} size="sm" />
                </KpiLine>
              )) : null}
            </>
          );
        }}
      </QueryWidget>
    </KpiTile>
  );
}
