import { computedFrom } from '@/lib/records-provenance';
import { useQuery } from '@tanstack/react-query';
import { policyTasksQuery } from '@/api/queries';
import { KpiTile } from '@/components/kpi-tile';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { ViewLink } from '@/projects/view-link';
import { formatNumber } from '@/lib/format';
import { plural } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { ATTENTION_VIEW, projectsNeedingAttention, tasksNeedingAttention } from './attention-logic';
import { useProjects } from '@/projects/state/month';

/**
 * The size of the problem on the first screen: how many projects and policy tasks the schedule rule marks
 * red or amber at the as-of date, and the way to the list. The full panel (attention-panel.tsx) follows
 * further down. Both counts come from illustrative dates and progress, so the line is marked as such.
 */
export function AttentionCount() {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.glance.attention;
  const projects = useProjects();
  const tasks = useQuery(policyTasksQuery());
  const count = (n: number | undefined, forms: typeof m.projects) =>
    n === undefined ? null : <span className="attention-figure">{plural(n, forms, lang)(formatNumber(n, lang))}</span>;
  const p = projects.data && projectsNeedingAttention(projects.data.items, projects.data.asOf).length;
  const t = tasks.data && tasksNeedingAttention(tasks.data.tasks, tasks.data.asOf).length;
  // As weak as the records counted: the demo's are illustrative, a ledger's documented (the count then derived).
  const provenance = computedFrom([...(projects.data?.items ?? []), ...(tasks.data?.tasks ?? [])]);
  return (
    <KpiTile title={m.title} headline>
      <p className="attention-counts" data-provenance={provenance} aria-busy={p === undefined || t === undefined}>
        {count(p, m.projects)}
        {p !== undefined && t !== undefined ? <span aria-hidden="true"> · </span> : null}
        {count(t, m.tasks)}
        {p !== undefined || t !== undefined ? <> <ProvenanceBadge provenance={provenance} /></> : null}
      </p>
      {/* A count that failed is said, not left out: a missing number must not read as none. */}
      {projects.isError || tasks.isError ? <p className="attention-error" role="alert">{msg.errorTitle}</p> : null}
      {/* Every filter but status cleared: the link says exactly what it shows, whatever was picked before. */}
      <p className="attention-link"><ViewLink target={ATTENTION_VIEW}>{m.link}</ViewLink></p>
    </KpiTile>
  );
}
