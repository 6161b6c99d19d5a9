import { Suspense } from 'react';
import { retryableLazy } from '@/lib/retryable-lazy';

// The projects view (react-table, react-virtual, the CSV writer) is a chunk of its own: the overview's first
// paint never waits for it, and it downloads when a reader opens the view. Retryable: a failed download shows
// the panel's Retry (PanelBoundary, around the page body), which imports it again.
const View = retryableLazy<object>(() => import('@/features/projects/projects-view').then((m) => ({ default: m.ProjectsView })));

export function ProjectsPage() {
  return (
    <Suspense fallback={<div className="skeleton" style={{ minHeight: 600 }} aria-hidden="true" />}>
      <View.Component />
    </Suspense>
  );
}
