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
  /** Tooltip text; gets the hovered row too, for a label the value alone cannot identify. */
  formatValue: (v: number, row?: Record<string, string | number>) => string;
  formatAxis?: (v: number) => string;
  height?: number;
  /** Horizontal bars suit long Chinese labels on a phone. */
  horizontal?: boolean;
  categoryWidth?: number;
}
