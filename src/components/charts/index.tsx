import { startTransition, Suspense, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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

// Where layout gives no width (jsdom), the chart still draws at this one.
const FALLBACK_WIDTH = 400;

/**
 * Measures the box before the chart is drawn, so recharts draws once at its real width: otherwise its
 * ResponsiveContainer draws at a guessed width, measures, and draws the whole chart again in one long task.
 */
function Sized({ height, children }: { height: number; children: (width: number) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const measured = Math.round(box.current?.getBoundingClientRect().width ?? 0);
    // A transition: the chart's one render is sliced, not a task that blocks input.
    startTransition(() => setWidth(measured > 0 ? measured : FALLBACK_WIDTH));
  }, []);
  return <div ref={box} style={{ minHeight: height }}>{width === undefined ? <Placeholder height={height} /> : children(width)}</div>;
}

const chart = (View: typeof Bar.Component) => function Chart(p: CartesianChartProps) {
  const height = p.height ?? CHART_HEIGHT;
  return (
    <Suspense fallback={<Placeholder height={height} />}>
      <Sized height={height}>{(width) => <View {...p} width={width} />}</Sized>
    </Suspense>
  );
};

export const BarChart = chart(Bar.Component);
export const LineChart = chart(Line.Component);
