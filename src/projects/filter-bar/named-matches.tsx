import { useId } from 'react';
import type { NamedProject } from '@/contract/schemas';
import { useLang } from '@/stores/language-store';
import { useSearchRange } from '@/projects/state/pinyin-search';
import { usePlannerMessages } from '@/projects/messages/use-planner-messages';
import { Highlight } from './highlight';
import { NamedProjectCard } from '@/components/named-project-card';

/**
 * Right under the search box: the projects the letter names that the search matches (by either language's
 * name, or the Chinese name's pinyin), each as its documented card. They are not rows of the table (the letter
 * gives them no figures), so without this a planner who types 理工学院 or "lgxy" would find nothing.
 */
export function NamedMatches({ named, q }: { named: readonly NamedProject[]; q: string }) {
  const id = useId();
  const lang = useLang();
  const pm = usePlannerMessages();
  const query = q.trim();
  const rangeOf = useSearchRange(query);
  const matches = query ? named.filter((p) => rangeOf(p.name.zh, query) || rangeOf(p.name.en, query)) : [];
  if (matches.length === 0) return null;
  return (
    <div className="named-matches">
      <p id={`${id}-named`} className="named-matches-title">{pm.search.named}</p>
      <ul className="list" aria-labelledby={`${id}-named`} data-provenance="documented">
        {matches.map((p) => (
          <NamedProjectCard key={p.id} project={p} name={<Highlight text={p.name[lang]} range={rangeOf(p.name[lang], query)} />} />
        ))}
      </ul>
    </div>
  );
}
