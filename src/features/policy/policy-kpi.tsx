import { useQuery } from '@tanstack/react-query';
import { policyTasksQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { QueryWidget } from '@/components/query-widget';
import { STATUS_ICON } from '@/lib/status-labels';
import { useMessages } from '@/stores/use-messages';
import { TASK_STATUS_ORDER, tasksByStatus } from './policy-logic';

export function PolicyKpi() {
  const msg = useMessages();
  const m = msg.policy.kpi;
  const query = useQuery(policyTasksQuery());
  return (
    <KpiTile title={m.title}>
      <QueryWidget query={query} minHeight={kpiLines(6)}>
        {(data) => {
          const counts = tasksByStatus(data.tasks, data.asOf);
          return (
            <>
              <KpiLine label={m.total}><FigureValue figure={data.count} size="lg" /></KpiLine>
              {data.tasks.length > 0 ? TASK_STATUS_ORDER.map((s) => (
                <KpiLine key={s} label={`${STATUS_ICON[s]} ${msg.status[s]}`}>
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
