import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { policyTasksQuery } from '@/api/queries';
import { FigureValue } from '@/components/figure-value';
import { KpiLine, KpiTile, kpiLines } from '@/components/kpi-tile';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { QueryWidget } from '@/components/query-widget';
import { formatQuantity } from '@/lib/format';
import { RAG } from '@/lib/schedule';
import { STATUS_ICON } from '@/lib/status-labels';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { TASK_STATUS_ORDER, tasksByStatus } from './policy-logic';

/**
 * The letter's task count, then the tasks by status as progress: one bar, each status a segment as wide as
 * its share, and under it the same counts as an icon-and-words list (the bar's text equivalent). A status
 * with no task has no segment and no line, so "已完成 0项" never reads as an alarm on its own. Statuses come
 * from illustrative dates and progress, so the bar and list carry one mark between them.
 */
export function PolicyKpi() {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.policy.kpi;
  const listId = useId();
  const query = useQuery(policyTasksQuery());
  return (
    <KpiTile title={m.title}>
      <QueryWidget query={query} minHeight={kpiLines(4)}>
        {(data) => {
          const counts = tasksByStatus(data.tasks, data.asOf);
          const present = TASK_STATUS_ORDER.filter((s) => counts[s] > 0);
          const total = data.tasks.length;
          return (
            <>
              <KpiLine label={m.total}><FigureValue figure={data.count} size="lg" /></KpiLine>
              {total > 0 ? (
                <div className="task-progress" data-provenance="illustrative">
                  <p className="task-progress-head">
                    <span id={listId}>{msg.glance.tasks.bar}</span> <ProvenanceBadge provenance="illustrative" />
                  </p>
                  {/* Drawn for the eye only: the list under it says the same in words. */}
                  <div className="task-bar" aria-hidden="true">
                    {present.map((s) => (
                      <span key={s} className={`task-segment task-${s} rag-${RAG[s]}`}
                        style={{ width: `${(counts[s] / total) * 100}%` }} />
                    ))}
                  </div>
                  <ul className="task-legend" aria-labelledby={listId}>
                    {present.map((s) => (
                      <li key={s} className={`status status-${RAG[s]}`}>
                        <span aria-hidden="true">{STATUS_ICON[s]}</span> {msg.status[s]}{' '}
                        <span className="task-count">{formatQuantity({ value: counts[s], unit: 'items' }, lang)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          );
        }}
      </QueryWidget>
    </KpiTile>
  );
}
