import { Suspense } from 'react';
import { retryableLazy } from '@/lib/retryable-lazy';
import { PanelBoundary } from '@/components/panel-boundary';

// The filter bar with its Radix menus is a chunk of its own, loaded when the bar is about to show (on the
// overview, above the charts; the projects view is a lazy chunk itself): the first paint of the KPIs does not
// wait for it, and the initial JS stays within its budget. Retryable, like the charts, and inside its own
// boundary: a chunk that did not download costs the bar alone, with a Retry, never the page around it.
const Bar = retryableLazy<{ title: string; note: string }>(() => import('./filter-bar').then((m) => ({ default: m.ProjectFilterBar })));

const HEIGHT = 148;

export function ProjectFilterBar(props: { title: string; note: string }) {
  return (
    <div className="filter-bar-slot">
      <PanelBoundary minHeight={HEIGHT}>
        <Suspense fallback={<div className="panel skeleton" style={{ minHeight: HEIGHT }} />}>
          <Bar.Component {...props} />
        </Suspense>
      </PanelBoundary>
    </div>
  );
}
