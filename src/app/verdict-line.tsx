import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { isApiError } from '@/api/errors';
import { policyTasksQuery } from '@/api/queries';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { ErrorDetail } from '@/components/query-widget';
import { verdict, verdictSegments } from './verdict';
import { useProjects } from '@/projects/state/month';
import { useMonthComparison } from '@/projects/state/compare';

/**
 * The overview's first line: how the zone stands, in one sentence a leader can read aloud. A heading, so a
 * screen reader lands on it first; it opens with the 示例数据 mark whenever any figure in it is illustrative,
 * decided by the records' own provenance, never by the build. The slot keeps its height from first paint
 * (see .verdict in styles.css), so nothing below moves when the sentence arrives.
 */
export function VerdictLine() {
  const m = useMessages();
  const lang = useLang();
  const id = useId();
  const projects = useProjects();
  const tasks = useQuery(policyTasksQuery());
  const comparison = useMonthComparison();
  const changes = comparison.state === 'ready' ? comparison.changes : undefined;
  const previousMonth = comparison.state === 'none' ? undefined : comparison.previous.month;
  const v = useMemo(
    () => (projects.data && tasks.data
      ? verdict(projects.data, tasks.data, changes && previousMonth ? { previousMonth, of: changes } : undefined) : null),
    [projects.data, tasks.data, changes, previousMonth],
  );

  // A verdict from half the data would mislead, so either list failing empties the whole line.
  const failed = [projects, tasks].filter((q) => q.isError && q.data === undefined);
  if (failed.length > 0) {
    const error = failed[0]?.error;
    return (
      <section className="verdict" aria-labelledby={id}>
        <div className="widget-error verdict-error" role="alert">
          <h2 id={id} className="verdict-text widget-error-title">{m.verdict.failed}</h2>
          <p>{m.errors[isApiError(error) ? error.kind : 'network']}</p>
          <ErrorDetail error={error} />
          <button type="button" className="button" disabled={failed.some((q) => q.isFetching)}
            onClick={() => failed.forEach((q) => void q.refetch())}>
            {m.retry}
          </button>
        </div>
      </section>
    );
  }
  if (!v) {
    return (
      <section className="verdict">
        <div className="skeleton verdict-skeleton" role="status" aria-busy="true" aria-label={m.loading} />
      </section>
    );
  }
  return (
    <section className="verdict" aria-labelledby={id} data-provenance={v.provenance}>
      <h2 id={id} className="verdict-text">
        {v.illustrative ? <><span className="badge badge-illustrative verdict-tag">{m.illustrative}</span>{' '}</> : null}
        {verdictSegments(v, m, lang).map((s, i) => (typeof s === 'string' ? s
          : <span key={i} className={`verdict-status status-${s.rag}`}>{s.text}</span>))}
      </h2>
    </section>
  );
}
