import { Suspense } from 'react';
import { PanelBoundary } from '@/components/panel-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useMonthComparison } from '@/projects/state/compare';

// Only a source with two published months shows changes: the demo never downloads their code or words.
const Body = retryableLazy<object>(() => import('./month-changes-body').then((m) => ({ default: m.MonthChangesBody })));

/** 较上月 under the verdict: nothing at all with one month (or the oldest), so no change is ever claimed then. */
export function MonthChangesStrip() {
  if (useMonthComparison().state === 'none') return null;
  return (
    <PanelBoundary minHeight={120}>
      <Suspense fallback={<div className="skeleton month-changes-wait" style={{ minHeight: 120 }} aria-busy="true" />}><Body.Component /></Suspense>
    </PanelBoundary>
  );
}
