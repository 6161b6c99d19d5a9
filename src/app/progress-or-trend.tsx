import { apiMode, publishedState } from '@/api/client';
import { PanelBoundary } from '@/components/panel-boundary';
import { QueryWidget } from '@/components/query-widget';
import { PipelineProgressChart } from '@/features/pipeline/pipeline-progress-chart';
import { useProjects } from '@/projects/state/month';
import { Suspense } from 'react';
import { retryableLazy } from '@/lib/retryable-lazy';

// Only a source with two or more months draws it: the demo never downloads it.
const Trend = retryableLazy<object>(() => import('@/features/trend/month-trend-chart').then((m) => ({ default: m.MonthTrendChart })));

/** What a chart panel reserves while loading, so the grid does not jump when the chosen panel replaces this. */
const PENDING_HEIGHT = 300;

/**
 * The second lead chart: with two or more published months, the trend of their published totals; otherwise (the
 * demo, a single month, a source with no months) the illustrative progress curve, still marked 示例数据. Until the
 * projects answer, neither (where months can exist): a title would claim one of them before the data says which.
 */
export function ProgressOrTrend() {
  const query = useProjects();
  // The demo's projects list no months: its chart draws with the KPI strip, as before, not after the data.
  const mayHaveMonths = apiMode === 'live' || publishedState() !== 'absent';
  if (mayHaveMonths && query.isPending && query.errorUpdateCount === 0) {
    // The widget's own loading and retrying states (the same query the chosen panel then reads).
    return <section className="panel" aria-busy="true"><QueryWidget query={query} minHeight={PENDING_HEIGHT}>{() => null}</QueryWidget></section>;
  }
  // A failed read goes to the progress chart, whose panel shows the error and its Retry.
  // Two months make a trend (src/features/trend/trend-logic.ts hasTrend says the same inside the panel).
  if ((query.data?.months?.length ?? 0) < 2) return <PipelineProgressChart />;
  return (
    <PanelBoundary minHeight={PENDING_HEIGHT}>
      <Suspense fallback={<section className="panel skeleton" style={{ minHeight: PENDING_HEIGHT }} aria-busy="true" />}><Trend.Component /></Suspense>
    </PanelBoundary>
  );
}
