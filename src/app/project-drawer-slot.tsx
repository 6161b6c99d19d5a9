import { Suspense } from 'react';
import { PanelBoundary } from '@/components/panel-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useProjectParam } from '@/projects/state/project-param';
import { useMessages } from '@/lib/i18n/use-messages';

// A project's page (Radix Dialog, its words, the timeline) is a chunk of its own, fetched when `?project=` is set.
const Drawer = retryableLazy<{ id: string }>(() => import('@/features/project-detail/project-drawer').then((m) => ({ default: m.ProjectDrawer })));

/**
 * Where the drawer of `?project=P09` mounts, over any view: all the initial JS carries of it. The drawer
 * renders into a portal, so this box shows only while its chunk loads, or with Retry if the download failed.
 */
export function ProjectDrawerSlot() {
  const { id } = useProjectParam();
  const m = useMessages();
  if (id === null) return null;
  return (
    <div className="drawer-slot">
      <PanelBoundary>
        <Suspense fallback={<div className="skeleton" role="status" aria-label={m.loading} />}>
          <Drawer.Component id={id} />
        </Suspense>
      </PanelBoundary>
    </div>
  );
}
