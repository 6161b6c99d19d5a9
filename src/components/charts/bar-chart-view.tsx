import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CategoryTick } from './category-tick';
import { breakAtDashes } from './fit-tick';
import { AXIS_TICK, CHART_HEIGHT, ILLUSTRATIVE_OPACITY, type ChartViewProps } from './chart-theme';
import { legendLabel } from './legend-label';
import { SelectableSegment } from './selectable-segment';

/**
 * The thickest a bar gets in a chart that fills a tall slot (ChartSizing): three bars in a wall screen's height would
 * each be a block a third of it, which reads as an area, not a length. A chart at its own height keeps recharts' sizes.
 */
const FILLED_BAR_MAX = 56;

export function BarChartView({ data, categoryKey, series, formatValue, formatAxis = (v: number) => formatValue(v), height = CHART_HEIGHT, width = 400, horizontal = false, categoryWidth = 96, select, fixed = false, filled = false }: ChartViewProps) {
  const drawn = (
    <BarChart data={data} width={fixed ? width : undefined} height={fixed ? height : undefined} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
      <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
      {horizontal ? (
        <>
          <XAxis type="number" tickFormatter={formatAxis} tick={AXIS_TICK} />
          <YAxis type="category" dataKey={categoryKey} width={categoryWidth} tick={(props: object) => <CategoryTick {...props} {...AXIS_TICK} />} tickFormatter={breakAtDashes} />
        </>
      ) : (
        <>
          <XAxis dataKey={categoryKey} tick={AXIS_TICK} interval={0} />
          <YAxis tickFormatter={formatAxis} tick={AXIS_TICK} width={64} />
        </>
      )}
      {/* Nothing to hover on paper. */}
      {fixed ? null : <Tooltip formatter={(v, _name, item) => formatValue(Number(v), item.payload as Record<string, string | number> | undefined)} />}
      {series.length > 1 ? <Legend itemSorter={null} formatter={legendLabel(series)} /> : null}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={s.stackId} maxBarSize={filled ? FILLED_BAR_MAX : undefined}
          fillOpacity={s.illustrative ? ILLUSTRATIVE_OPACITY : 1} isAnimationActive={false}
          shape={select ? (shape) => (
            <SelectableSegment shape={shape} seriesKey={s.key} select={select} opacity={s.illustrative ? ILLUSTRATIVE_OPACITY : 1} />
          ) : undefined} />
      ))}
    </BarChart>
  );
  // Fixed (print): exactly this size, at once. ResponsiveContainer neither resizes for print nor draws in time.
  if (fixed) return drawn;
  return <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>{drawn}</ResponsiveContainer>;
}
