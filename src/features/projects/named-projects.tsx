import type { NamedProject } from '@/contract/schemas';
import { NamedProjectCard } from '@/components/named-project-card';
import { useMessages } from '@/lib/i18n/use-messages';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';

/**
 * 来函点名的项目: the projects the letter names, apart from the table and with documented facts only (the
 * card: name, the stage we read with its 推断 mark and the words we read it from, the quote). No amount, date or
 * progress: the letter gives none, nor says whether these are among the 26. The same data as the key-items
 * panel (projects.named); the filter bar shows the same card when a search matches one.
 */
export function NamedProjects({ named }: { named: readonly NamedProject[] }) {
  const msg = useMessages();
  const pm = usePlannerMessages();
  if (named.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="named-projects-title" data-provenance="documented">
      <h2 id="named-projects-title" className="panel-title">{msg.keyItems.fundsProjects.named}</h2>
      <p className="panel-meta">{pm.planner.named.note}</p>
      <ul className="list">
        {named.map((p) => <NamedProjectCard key={p.id} project={p} />)}
      </ul>
    </section>
  );
}
