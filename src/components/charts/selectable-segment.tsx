import type { KeyboardEvent } from 'react';
import type { ChartRow, SegmentSelection } from './chart-types';

/** How much a segment outside the active selection fades: still readable, clearly not chosen. */
const UNSELECTED_OPACITY = 0.25;

/** Where a segment is drawn: recharts' bar shape props, or the plain SVG chart's own box. */
export interface SegmentBox { x: number; y: number; width: number; height: number; fill?: string; payload?: unknown }

interface Props {
  shape: SegmentBox;
  seriesKey: string;
  select: SegmentSelection;
  /** The series' own opacity (illustrative series are lighter). */
  opacity: number;
}

/**
 * One bar segment as a toggle button: click, Enter or Space selects its (row, series) pair, and the chart
 * shows the selection by fading the rest, never by colour alone (aria-pressed and the panel's caption say it
 * in words). An empty segment draws nothing and takes no tab stop.
 */
export function SelectableSegment({ shape, seriesKey, select, opacity }: Props) {
  const row = shape.payload as ChartRow;
  const value = Number(row[seriesKey] ?? 0);
  if (!value || shape.width <= 0 || shape.height <= 0) return <g />;
  const selected = select.isSelected?.(row, seriesKey);
  const choose = () => select.onSelect(row, seriesKey);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose();
  };
  return (
    <g className="chart-segment" role="button" tabIndex={0} aria-pressed={selected ?? false}
      aria-label={select.label(row, seriesKey, value)} onClick={choose} onKeyDown={onKeyDown}>
      <rect className="chart-bar" x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={shape.fill}
        fillOpacity={selected === false ? UNSELECTED_OPACITY : opacity}
        stroke={selected ? 'currentColor' : undefined} strokeWidth={selected ? 2 : undefined} />
    </g>
  );
}
