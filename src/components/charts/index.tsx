import { lazy, Suspense } from 'react';
import type { CartesianChartProps, PieChartProps } from './chart-types';
import { CHART_HEIGHT } from './chart-theme';

export type { CartesianChartProps, PieChartProps, PieSlice, Series } from './chart-types';
export * from './chart-theme';

// recharts is most of the app's JS and costly to evaluate: it is not in the entry, and loads only when
// the first chart is about to be drawn (panels render near the viewport, see components/reveal.tsx).
const Bar = lazy(() => import('./bar-chart-view').then((m) => ({ default: m.BarChartView })));
const Line = lazy(() => import('./line-chart-view').then((m) => ({ default: m.LineChartView })));
const PieView = lazy(() => import('./pie-chart-view').then((m) => ({ default: m.PieChartView })));

const Placeholder = ({ height = CHART_HEIGHT }: { height?: number }) => <div className="skeleton" style={{ height }} />;

export const BarChart = (p: CartesianChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><Bar {...p} /></Suspense>;
export const LineChart = (p: CartesianChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><Line {...p} /></Suspense>;
export const PieChart = (p: PieChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><PieView {...p} /></Suspense>;
