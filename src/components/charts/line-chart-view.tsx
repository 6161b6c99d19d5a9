import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART_HEIGHT } from './chart-theme';
import type { CartesianChartProps } from './chart-types';
import { legendLabel } from './legend-label';

export function LineChartView({ data, categoryKey, series, formatValue, formatAxis = (v: number) => formatValue(v), height = CHART_HEIGHT, width = 400 }: CartesianChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis dataKey={categoryKey} tick={AXIS_TICK} />
        <YAxis tickFormatter={formatAxis} tick={AXIS_TICK} width={64} />
        <Tooltip formatter={(v, _name, item) => formatValue(Number(v), item.payload as Record<string, string | number> | undefined)} />
        <Legend itemSorter={null} formatter={legendLabel(series)} />
        {series.map((s) => (
          <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2}
            strokeDasharray={s.illustrative ? '6 3' : undefined} dot={{ r: 3 }} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
