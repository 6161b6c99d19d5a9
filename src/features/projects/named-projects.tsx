import type { NamedProject } from '@/contract/schemas';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { ReadingNote, SourceQuote } from '@/components/source-quote';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/stores/use-messages';
import { usePlannerMessages } from '@/stores/use-planner-messages';

/**
 * 来函点名的项目: the projects the letter names, apart from the table and with documented facts only: the name,
 * the stage we read (marked 推断, with the words we read it from) and the quote. No amount, date or progress:
 * the letter gives none, nor says whether these are among the 26. The same data as the key-items panel
 * (projects.named); the markup is repeated here because one feature never imports another.
 */
export function NamedProjects({ named }: { named: readonly NamedProject[] }) {
  const lang = useLang();
  const msg = useMessages();
  const pm = usePlannerMessages();
  if (named.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="named-projects-title" data-provenance="documented">
      <h2 id="named-projects-title" className="panel-title">{msg.keyItems.fundsProjects.named}</h2>
      <p className="panel-meta">{pm.planner.named.note}</p>
      <ul className="list">
        {named.map((p) => (
          <li key={p.id} className="list-item">
            <span>{p.name[lang]} — {msg.stage[p.stage]} <ProvenanceBadge provenance={p.stageProvenance} /></span>
            <ReadingNote reading={p.reading} />
            <SourceQuote quotes={[p.quote]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
