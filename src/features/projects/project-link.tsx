import type { MouseEvent, ReactNode } from 'react';
import { isPlainClick } from '@/lib/url-state';
import { projectHref, useProjectParam } from '@/projects/state/project-param';

/**
 * A project's name as a link to its page (`?project=P09`): a real <a>, so it can open in a new tab or be
 * copied, which, clicked, opens the drawer in place with one history entry.
 */
export function ProjectLink({ id, children }: { id: string; children: ReactNode }) {
  const { open } = useProjectParam();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    open(id);
  };
  return <a className="project-link" href={projectHref(id)} onClick={onClick}>{children}</a>;
}
