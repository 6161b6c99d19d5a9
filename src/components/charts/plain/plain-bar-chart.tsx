import { CHART_HEIGHT, ILLUSTRATIVE_OPACITY, type ChartViewProps } from '../chart-theme';
import { SelectableSegment } from '../selectable-segment';
import { CategoryAxis, CategoryLabels, ValueAxis, type Plot } from './plain-axes';
import { legendHeight, PlainFrame } from './plain-frame';
import { allIntegers, bandAt, extent, layoutBars, linear, niceTicks } from './scale';

/** recharts' chart margins and axis sizes (bar-chart-view.tsx), so the two kinds of chart line up on a page. */
const MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;
const X_AXIS_HEIGHT = 30;
const Y_AXIS_WIDTH = 64;
/** Of each category's band, the share its bars take (recharts' barCategoryGap of 10 % each side), and the gap between side-by-side bars. */
const BAR_SHARE = 0.8;
const BAR_GAP = 4;
/** The thickest a bar gets in a chart filling a tall slot (as bar-chart-view.tsx's FILLED_BAR_MAX). */
const FILLED_BAR_MAX = 56;

/**
 * A bar chart drawn as plain SVG in one render: no chart library to download or evaluate, so the first screen's
 * charts draw with the page. The same props and look as BarChartView, segments that select included; what it
 * leaves out (animation, recharts' own tooltip) the first screen does not need.
 */
export function PlainBarChartView({ data, categoryKey, series, formatValue, formatAxis = (v: number) => formatValue(v), height = CHART_HEIGHT, width = 400, horizontal = false, categoryWidth = 96, select, fixed = false, filled = false }: ChartViewProps) {
  const ticks = niceTicks(extent(data, series), allIntegers(data, series));
  const top = ticks[ticks.length - 1] ?? 1;
  const { segments, slots } = layoutBars(data, series);
  const names = data.map((row) => String(row[categoryKey] ?? ''));
  const n = Math.max(1, data.length);
  const plotHeight = Math.max(0, height - legendHeight(series, width));
  const left = MARGIN.left + (horizontal ? categoryWidth : Y_AXIS_WIDTH);
  const plot: Plot = { x0: left, x1: Math.max(left, width - MARGIN.right), y0: MARGIN.top, y1: Math.max(MARGIN.top, plotHeight - MARGIN.bottom - X_AXIS_HEIGHT) };
  // The band under the pointer: its category's values go in the tooltip.
  const categoryAt = (x: number, y: number) => (horizontal
    ? (x < plot.x1 ? bandAt(y - plot.y0, plot.y1 - plot.y0, data.length) : -1)
    : (y < plot.y1 ? bandAt(x - plot.x0, plot.x1 - plot.x0, data.length) : -1));
  const along = horizontal ? plot.y1 - plot.y0 : plot.x1 - plot.x0;
  const at = linear(top, horizontal ? plot.x1 - plot.x0 : plot.y1 - plot.y0);
  const band = along / n;
  const group = Math.min(band * BAR_SHARE, filled ? FILLED_BAR_MAX : Infinity);
  const thickness = Math.max(0, (group - BAR_GAP * (slots.size - 1)) / slots.size);
  const bars = segments.map((seg) => {
    const slot = slots.get(seg.series.stackId ?? `series:${seg.series.key}`) ?? 0;
    const across = seg.index * band + (band - group) / 2 + slot * (thickness + BAR_GAP);
    const length = at(seg.to) - at(seg.from);
    const box = horizontal
      ? { x: plot.x0 + at(seg.from), y: plot.y0 + across, width: length, height: thickness }
      : { x: plot.x0 + across, y: plot.y1 - at(seg.to), width: thickness, height: length };
    const opacity = seg.series.illustrative ? ILLUSTRATIVE_OPACITY : 1;
    const key = `${seg.index}:${seg.series.key}`;
    if (select) return <SelectableSegment key={key} shape={{ ...box, fill: seg.series.color, payload: seg.row }} seriesKey={seg.series.key} select={select} opacity={opacity} />;
    if (!(seg.value > 0) || !(length > 0)) return null;
    return <rect key={key} className="chart-bar" {...box} fill={seg.series.color} fillOpacity={opacity} />;
  });
  return (
    <PlainFrame data={data} categoryKey={categoryKey} series={series} formatValue={formatValue} width={width} height={height} fixed={fixed} categoryAt={categoryAt}>
      <svg className="chart-surface" width={width} height={plotHeight} viewBox={`0 0 ${width} ${plotHeight}`} style={{ display: 'block' }}>
        <ValueAxis plot={plot} ticks={ticks} at={at} format={formatAxis} vertical={!horizontal} />
        {horizontal
          ? <CategoryAxis plot={plot} names={names} width={categoryWidth} />
          : <CategoryLabels plot={plot} names={names} xs={names.map((_, i) => plot.x0 + (i + 0.5) * band)} right={width} />}
        <g className="chart-bars">{bars}</g>
      </svg>
    </PlainFrame>
  );
}
