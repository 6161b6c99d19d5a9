import { Suspense } from 'react';
import { retryableLazy } from '@/lib/retryable-lazy';
import type { CartesianChartProps } from './chart-types';
import { CHART_HEIGHT } from './chart-theme';

export type { CartesianChartProps, ChartRow, SegmentSelection, Series } from './chart-types';
export * from './chart-theme';

// recharts is most of the app's JS and costly to evaluate: it is not in the entry, and loads only when
// the first chart is about to be drawn (panels render near the viewport, see components/reveal.tsx).
// Retryable: a chunk that fails to download (flaky network, a deploy that replaced it) throws to the
// panel's boundary, whose Retry imports it again instead of leaving the panel broken until a reload.
const Bar = retryableLazy<CartesianChartProps>(() => import('./bar-chart-view').then((m) => ({ default: m.BarChartView })));
const Line = retryableLazy<CartesianChartProps>(() => import('./line-chart-view').then((m) => ({ default: m.LineChartView })));

const Placeholder = ({ height = CHART_HEIGHT }: { height?: number }) => <div className="skeleton" style={{ height }} />;

export const BarChart = (p: CartesianChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><Bar.Component {...p} /></Suspense>;
export const LineChart = (p: CartesianChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><Line.Component {...p} /></Suspense>;
