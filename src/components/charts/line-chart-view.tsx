import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART_HEIGHT, type ChartViewProps } from './chart-theme';
import { legendLabel } from './legend-label';

export function LineChartView({ data, categoryKey, series, formatValue, formatAxis = (v: number) => formatValue(v), height = CHART_HEIGHT, width = 400, fixed = false }: ChartViewProps) {
  const drawn = (
    <LineChart data={data} width={fixed ? width : undefined} height={fixed ? height : undefined} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
      <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
      <XAxis dataKey={categoryKey} tick={AXIS_TICK} />
      <YAxis tickFormatter={formatAxis} tick={AXIS_TICK} width={64} />
      {/* Nothing to hover on paper. */}
      {fixed ? null : <Tooltip formatter={(v, _name, item) => formatValue(Number(v), item.payload as Record<string, string | number> | undefined)} />}
      <Legend itemSorter={null} formatter={legendLabel(series)} />
      {series.map((s) => (
        <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2}
          strokeDasharray={s.illustrative ? '6 3' : undefined} dot={{ r: 3 }} isAnimationActive={false} />
      ))}
    </LineChart>
  );
  // Fixed (print): exactly this size, at once. ResponsiveContainer neither resizes for print nor draws in time.
  if (fixed) return drawn;
  return <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>{drawn}</ResponsiveContainer>;
}
