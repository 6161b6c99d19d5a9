import { lazy, Suspense } from 'react';
import type { CartesianChartProps, PieChartProps } from './chart-types';
import { CHART_HEIGHT } from './chart-theme';

export type { CartesianChartProps, PieChartProps, PieSlice, Series } from './chart-types';
export * from './chart-theme';

// recharts is most of the app's JS, so it is not in the entry. Its download starts as soon as this module
// runs, in parallel with the data requests, instead of waiting for the first panel to have data.
const barModule = import('./bar-chart-view');
const lineModule = import('./line-chart-view');
const pieModule = import('./pie-chart-view');
const Bar = lazy(() => barModule.then((m) => ({ default: m.BarChartView })));
const Line = lazy(() => lineModule.then((m) => ({ default: m.LineChartView })));
const PieView = lazy(() => pieModule.then((m) => ({ default: m.PieChartView })));

const Placeholder = ({ height = CHART_HEIGHT }: { height?: number }) => <div className="skeleton" style={{ height }} />;

export const BarChart = (p: CartesianChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><Bar {...p} /></Suspense>;
export const LineChart = (p: CartesianChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><Line {...p} /></Suspense>;
export const PieChart = (p: PieChartProps) => <Suspense fallback={<Placeholder height={p.height} />}><PieView {...p} /></Suspense>;
