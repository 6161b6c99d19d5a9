export interface Series {
  key: string;
  label: string;
  color: string;
  /** Illustrative series are drawn lighter and named as such in the legend. */
  illustrative?: boolean;
  stackId?: string;
}

export interface CartesianChartProps {
  data: Record<string, string | number>[];
  categoryKey: string;
  series: Series[];
  formatValue: (v: number) => string;
  formatAxis?: (v: number) => string;
  height?: number;
  /** Horizontal bars suit long Chinese labels on a phone. */
  horizontal?: boolean;
  categoryWidth?: number;
}

export interface PieSlice {
  key: string;
  label: string;
  value: number;
  color: string;
}
export interface PieChartProps {
  data: PieSlice[];
  formatValue: (v: number) => string;
  height?: number;
}
