import { ProjectFilterBar } from '@/projects/filter-bar';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * The overview's filters above the pipeline charts: the shared project filter bar (src/components), whose
 * URL state the projects view reads too, so a selection made here is the list there.
 */
export function PipelineFilters() {
  const m = useMessages().filters;
  return <ProjectFilterBar title={m.title} note={m.note} />;
}
