export interface Series {
  key: string;
  label: string;
  color: string;
  /** Illustrative series are drawn lighter; the legend marks them (legend-label.tsx), an export names them. */
  illustrative?: boolean;
  stackId?: string;
}

export type ChartRow = Record<string, string | number>;

/** Cross-filtering: each bar segment becomes a toggle button for its (row, series) pair. */
export interface SegmentSelection {
  /** Whether a segment is in the active selection; absent while nothing is selected, so all draw alike. */
  isSelected?: (row: ChartRow, seriesKey: string) => boolean;
  onSelect: (row: ChartRow, seriesKey: string) => void;
  /** The segment's accessible name: what it is, its value, and what pressing it does. */
  label: (row: ChartRow, seriesKey: string, value: number) => string;
}

export interface CartesianChartProps {
  data: ChartRow[];
  categoryKey: string;
  series: Series[];
  /** Tooltip text; gets the hovered row too, for a label the value alone cannot identify. */
  formatValue: (v: number, row?: Record<string, string | number>) => string;
  formatAxis?: (v: number) => string;
  height?: number;
  /** The box's measured width, so the first draw is at the real size (charts/index.tsx measures it). */
  width?: number;
  /** Horizontal bars suit long Chinese labels on a phone. */
  horizontal?: boolean;
  categoryWidth?: number;
  /** Bars only: segments that select (see SegmentSelection). */
  select?: SegmentSelection;
}
