import type { ReactNode } from 'react';
import type { NamedProject } from '@/contract/schemas';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';
import { Clamped } from './clamped';
import { ProvenanceBadge } from './provenance-badge';
import { ReadingNote, SourceQuote } from './source-quote';

/**
 * One project the letter names, with documented facts only: its name, the stage we read (marked 推断, with the
 * words we read it from) and the quote. No amount, date or progress: the letter gives none. Shared by the
 * projects view's 来函点名的项目 and the filter bar's matches, so a search shows the same card. A list item
 * marked documented itself, wherever its list sits.
 */
export function NamedProjectCard({ project, name }: { project: NamedProject; name?: ReactNode }) {
  const lang = useLang();
  const msg = useMessages();
  return (
    <li className="list-item" data-provenance="documented">
      <Clamped text={`${project.name[lang]} — ${msg.stage[project.stage]}`} lines={3}>
        {name ?? project.name[lang]} — {msg.stage[project.stage]} <ProvenanceBadge provenance={project.stageProvenance} />
      </Clamped>
      <ReadingNote reading={project.reading} />
      <SourceQuote quotes={[project.quote]} />
    </li>
  );
}
