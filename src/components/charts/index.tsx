import { startTransition, Suspense, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { retryableLazy } from '@/lib/retryable-lazy';
import { useApproached } from '@/components/reveal';
import { usePrinting, usePrintOrientation } from '@/stores/print-store';
import { useChartFill } from './chart-sizing';
import type { ChartViewProps } from './chart-theme';
import type { CartesianChartProps } from './chart-types';
import { CHART_HEIGHT, PRINT_CHART_WIDTH } from './chart-theme';
import { PlainBarChartView } from './plain/plain-bar-chart';
import { PlainLineChartView } from './plain/plain-line-chart';

export type { CartesianChartProps, ChartRow, SegmentSelection, Series } from './chart-types';
export * from './chart-theme';
export { ChartSizing } from './chart-sizing';

// recharts is most of the app's JS and costly to evaluate: it is not in the entry, and loads only when
// the first chart is about to be drawn (a chart draws when the reader comes near it, see Sized), or
// when the browser is idle after load (preloadCharts, so a print finds it in hand).
// Retryable: a chunk that fails to download (flaky network, a deploy that replaced it) throws to the
// panel's boundary, whose Retry imports it again instead of leaving the panel broken until a reload.
const Bar = retryableLazy<ChartViewProps>(() => import('./bar-chart-view').then((m) => ({ default: m.BarChartView })));
const Line = retryableLazy<ChartViewProps>(() => import('./line-chart-view').then((m) => ({ default: m.LineChartView })));

/**
 * Downloads both chart views, so a chart first rendered later (while printing, say) draws in that same
 * render instead of showing its placeholder. Rejects if either failed; each chart then tries again itself.
 */
export const preloadCharts = (): Promise<unknown> => Promise.all([Bar.preload(), Line.preload()]);

const Placeholder = ({ height = CHART_HEIGHT }: { height?: number | string }) => <div className="skeleton" style={{ height }} />;

// Where layout gives no width (jsdom), the chart still draws at this one.
const FALLBACK_WIDTH = 400;

/** What a chart is drawn at: the view's size props, and whether it fills its slot (ChartSizing). */
type Drawn = Required<Pick<ChartViewProps, 'width' | 'height' | 'fixed' | 'filled'>>;

/**
 * Measures the box before the chart is drawn, so recharts draws once at its real width: otherwise its
 * ResponsiveContainer draws at a guessed width, measures, and draws the whole chart again in one long task.
 * Filling (ChartSizing), the box is the slot and its height is measured too, and again whenever the slot changes
 * (another language's lines above it, a selection's footer below). A plain chart (`track`) has no
 * ResponsiveContainer to follow its box: its width is measured again whenever the box changes.
 * While printing it draws at once, at the page's fixed width: a layout effect and a transition would land
 * after the browser has laid out the pages.
 */
function Sized({ height, track = false, children }: { height: number; track?: boolean; children: (drawn: Drawn) => ReactNode }) {
  const printing = usePrinting();
  const orientation = usePrintOrientation();
  const fill = useChartFill() && !printing;
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height?: number }>();
  useLayoutEffect(() => {
    const el = box.current;
    const measure = () => {
      // The layout size: the big screen scales its stage with a transform, which a bounding rect would include.
      const width = el?.clientWidth || FALLBACK_WIDTH;
      const slot = fill ? el?.clientHeight || undefined : undefined;
      // A transition: the chart's one render is sliced, not a task that blocks input.
      startTransition(() => setSize((s) => (s?.width === width && s.height === slot ? s : { width, height: slot })));
    };
    measure();
    if (!(fill || track) || !el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fill, track]);
  // Drawn only once the reader comes near it (or presses Tab, or prints): a panel the idle path shows brings its
  // words and table for find-in-page, but a drawing nobody has reached is a long task on a phone for nothing.
  const approached = useApproached(box);
  const width = printing ? PRINT_CHART_WIDTH[orientation] : approached ? size?.width : undefined;
  // Filling, the box takes its height from the layout, never from the chart: no loop of chart and box growing.
  return (
    <div ref={box} style={fill ? { height: '100%' } : { minHeight: height }}>
      {width === undefined ? <Placeholder height={fill ? '100%' : height} />
        : children({ width, height: fill ? size?.height ?? height : height, fixed: printing, filled: fill })}
    </div>
  );
}

const chart = (View: typeof Bar.Component) => function Chart(p: CartesianChartProps) {
  const height = p.height ?? CHART_HEIGHT;
  const fill = useChartFill();
  return (
    <Suspense fallback={<Placeholder height={fill ? '100%' : height} />}>
      <Sized height={height}>{(drawn) => <View {...p} {...drawn} />}</Sized>
    </Suspense>
  );
};

export const BarChart = chart(Bar.Component);
export const LineChart = chart(Line.Component);

/**
 * The first screen's charts, drawn as plain SVG with the page: no chart library to wait for or evaluate, so a
 * leader's first look is not a long task. Same props as BarChart and LineChart; the panels below keep recharts.
 */
const plain = (View: (p: ChartViewProps) => ReactNode) => function PlainChart(p: CartesianChartProps) {
  return <Sized height={p.height ?? CHART_HEIGHT} track>{(drawn) => <View {...p} {...drawn} />}</Sized>;
};

export const PlainBarChart = plain(PlainBarChartView);
export const PlainLineChart = plain(PlainLineChartView);
