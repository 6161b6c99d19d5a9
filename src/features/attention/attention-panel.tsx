import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { policyTasksQuery } from '@/api/queries';
import { MarkScope, PanelNote } from '@/components/mark-scope';
import { QueryWidget } from '@/components/query-widget';
import { ViewLink } from '@/projects/view-link';
import { formatDate, formatNumber, type Lang } from '@/lib/format';
import { THRESHOLDS } from '@/lib/schedule';
import { MESSAGES } from '@/lib/i18n';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { AttentionList } from './attention-list';
import { ATTENTION_VIEW, projectsNeedingAttention, tasksNeedingAttention } from './attention-logic';
import { useProjects } from '@/projects/state/month';


/** The rule is printed from THRESHOLDS so the words can never drift from what the code computes. */
function ruleText(lang: Lang, asOf: string | undefined) {
  return MESSAGES[lang].attention.rule(
    formatNumber(THRESHOLDS.redPts, lang),
    formatNumber(THRESHOLDS.amberPts, lang),
    asOf ? formatDate(asOf, lang) : null,
  );
}

function SubHead({ id, children }: { id: string; children: string }) {
  return <h3 className="panel-title" id={id}>{children}</h3>;
}

/**
 * Red and amber projects and policy tasks, worst first. Each list has its own request and its own
 * QueryWidget, so a failed projects call still leaves the tasks on screen (and vice versa), each with retry.
 * Every value here is illustrative: the note in the head says so once, and no row repeats it.
 */
export function AttentionPanel() {
  const lang = useLang();
  const msg = useMessages();
  const m = msg.attention;
  const titleId = useId();
  const projectsId = useId();
  const tasksId = useId();
  const projects = useProjects();
  const tasks = useQuery(policyTasksQuery());
  // The date in the rule comes from the data; before either answers, the rule still reads without it.
  const asOf = projects.data?.asOf ?? tasks.data?.asOf;
  // Until a part answers it counts as the demo's; a ledger's projects are documented, and the note then names only what is not.
  const illustrative = {
    projects: projects.data ? projects.data.items.some((p) => p.provenance === 'illustrative') : true,
    tasks: tasks.data ? tasks.data.tasks.some((t) => t.provenance === 'illustrative') : true,
  };
  const note = illustrative.projects && illustrative.tasks ? m.note : illustrative.projects ? m.noteProjects : illustrative.tasks ? m.noteTasks : null;
  return (
    <MarkScope covered={illustrative.projects && illustrative.tasks}>
      <section className="panel" aria-labelledby={titleId} data-provenance={note ? 'illustrative' : 'documented'}>
        <div className="panel-head">
          <h2 className="panel-title" id={titleId}>{m.title}</h2>
          {note ? <PanelNote>{note}</PanelNote> : null}
        </div>
        <p className="panel-summary">{ruleText(lang, asOf)}</p>

        <div role="group" aria-labelledby={projectsId}>
          <SubHead id={projectsId}>{m.projects}</SubHead>
          <QueryWidget query={projects} minHeight={120} isEmpty={(d) => d.items.length === 0}>
            {(d) => <AttentionList kind="project" items={projectsNeedingAttention(d.items, d.asOf)} />}
          </QueryWidget>
          {/* Every filter but status cleared: the link says exactly what it shows, whatever was picked before. */}
          <p><ViewLink target={ATTENTION_VIEW}>{msg.toProjects.attention}</ViewLink></p>
        </div>

        <div role="group" aria-labelledby={tasksId}>
          <SubHead id={tasksId}>{m.tasks}</SubHead>
          <QueryWidget query={tasks} minHeight={120} isEmpty={(d) => d.tasks.length === 0}>
            {(d) => <AttentionList kind="task" items={tasksNeedingAttention(d.tasks, d.asOf)} />}
          </QueryWidget>
        </div>
      </section>
    </MarkScope>
  );
}
