import { CHART_HEIGHT, type ChartViewProps } from '../chart-theme';
import { CategoryLabels, ValueAxis, type Plot } from './plain-axes';
import { legendHeight, PlainFrame } from './plain-frame';
import { allIntegers, extent, linear, niceTicks, valueOf } from './scale';

/** recharts' margins and axis sizes (line-chart-view.tsx), so the two kinds of chart line up on a page. */
const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 } as const;
const X_AXIS_HEIGHT = 30;
const Y_AXIS_WIDTH = 64;

/**
 * A line chart drawn as plain SVG in one render (see PlainBarChartView): one line per series, a dot per point,
 * illustrative series dashed, as LineChartView draws them.
 */
export function PlainLineChartView({ data, categoryKey, series, formatValue, formatAxis = (v: number) => formatValue(v), height = CHART_HEIGHT, width = 400, fixed = false }: ChartViewProps) {
  // Lines never stack: the axis reaches the largest single value.
  const ticks = niceTicks(extent(data, series.map((s) => ({ ...s, stackId: undefined }))), allIntegers(data, series));
  const top = ticks[ticks.length - 1] ?? 1;
  const plotHeight = Math.max(0, height - legendHeight(series, width));
  const left = MARGIN.left + Y_AXIS_WIDTH;
  const plot: Plot = { x0: left, x1: Math.max(left, width - MARGIN.right), y0: MARGIN.top, y1: Math.max(MARGIN.top, plotHeight - MARGIN.bottom - X_AXIS_HEIGHT) };
  const at = linear(top, plot.y1 - plot.y0);
  // Points from edge to edge, as recharts' point scale puts them; one point sits in the middle.
  const step = data.length > 1 ? (plot.x1 - plot.x0) / (data.length - 1) : 0;
  const xs = data.map((_, i) => (data.length > 1 ? plot.x0 + i * step : (plot.x0 + plot.x1) / 2));
  const categoryAt = (x: number, y: number) => {
    if (!data.length || y > plot.y1 || x < plot.x0 - step / 2 || x > plot.x1 + step / 2) return -1;
    return step ? Math.min(data.length - 1, Math.max(0, Math.round((x - plot.x0) / step))) : 0;
  };
  return (
    <PlainFrame data={data} categoryKey={categoryKey} series={series} formatValue={formatValue} width={width} height={height} fixed={fixed} categoryAt={categoryAt}>
      <svg className="chart-surface" width={width} height={plotHeight} viewBox={`0 0 ${width} ${plotHeight}`} style={{ display: 'block' }}>
        <ValueAxis plot={plot} ticks={ticks} at={at} format={formatAxis} vertical />
        <CategoryLabels plot={plot} names={data.map((row) => String(row[categoryKey] ?? ''))} xs={xs} right={width} />
        {series.map((s) => {
          const points = data.map((row, i) => [xs[i] ?? 0, plot.y1 - at(valueOf(row, s.key))] as const);
          return (
            <g key={s.key} className="chart-series">
              <path className="chart-line" d={points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('')}
                fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.illustrative ? '6 3' : undefined} />
              {points.map(([x, y], i) => <circle key={i} className="chart-dot" cx={x} cy={y} r={3} stroke={s.color} strokeWidth={2} />)}
            </g>
          );
        })}
      </svg>
    </PlainFrame>
  );
}
