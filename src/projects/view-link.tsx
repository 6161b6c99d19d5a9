import type { ReactNode } from 'react';
import { useViewLink, type ViewTarget } from '@/projects/state/view';

/**
 * A link to a view of the page, optionally with filters (`?view=projects&status=at-risk,behind`): a real <a>
 * whose href is that address, and which, clicked, switches in place with one history entry.
 */
export function ViewLink({ target, className, current, children }: { target: ViewTarget; className?: string; current?: boolean; children: ReactNode }) {
  const link = useViewLink(target);
  return <a className={className} href={link.href} onClick={link.onClick} aria-current={current ? 'page' : undefined}>{children}</a>;
}
