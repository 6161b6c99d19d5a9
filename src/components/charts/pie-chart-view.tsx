import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { CHART_HEIGHT } from './chart-theme';
import type { PieChartProps } from './chart-types';

export function PieChartView({ data, formatValue, height = CHART_HEIGHT }: PieChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 400, height }}>
      <PieChart>
        <Pie data={data} dataKey="value" nameKey="label" innerRadius="45%" outerRadius="75%" isAnimationActive={false}>
          {data.map((d) => <Cell key={d.key} fill={d.color} />)}
        </Pie>
        <Tooltip formatter={(v) => formatValue(Number(v))} />
        <Legend itemSorter={null} />
      </PieChart>
    </ResponsiveContainer>
  );
}
