import { measureText, wrapText } from '@/lib/export/text-layout';
import { AXIS_TICK } from '../chart-theme';
import { breakAtDashes, fitTick, TICK_LINES } from '../fit-tick';
import { labelEvery } from './scale';

/** The plot's box inside the <svg>, in px. */
export interface Plot { x0: number; x1: number; y0: number; y1: number }

/** What recharts' defaults draw, so a plain chart reads like its neighbours: grid #ccc dashed, axes #666. */
const GRID = { stroke: '#ccc', strokeDasharray: '3 3', strokeOpacity: 0.4 } as const;
const AXIS = { stroke: '#666' } as const;
const TICK_SIZE = 6;
const LINE_EM = 1.2;

/**
 * The value axis with its grid: along y when `vertical`, else along x (horizontal bars). `at` gives a value's
 * offset from the plot's start (its bottom, or its left edge).
 */
export function ValueAxis({ plot, ticks, at, format, vertical }: { plot: Plot; ticks: readonly number[]; at: (v: number) => number; format: (v: number) => string; vertical: boolean }) {
  return (
    <g className={vertical ? 'chart-axis-y' : 'chart-axis-x'} fontSize={AXIS_TICK.fontSize} fill={AXIS_TICK.fill}>
      <g className="chart-grid" {...GRID}>
        {ticks.map((t) => (vertical
          ? <line key={t} x1={plot.x0} x2={plot.x1} y1={plot.y1 - at(t)} y2={plot.y1 - at(t)} />
          : <line key={t} x1={plot.x0 + at(t)} x2={plot.x0 + at(t)} y1={plot.y0} y2={plot.y1} />))}
      </g>
      {vertical
        ? <line {...AXIS} x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} />
        : <line {...AXIS} x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} />}
      {ticks.map((t) => (vertical ? (
        <g key={t}>
          <line {...AXIS} x1={plot.x0 - TICK_SIZE} x2={plot.x0} y1={plot.y1 - at(t)} y2={plot.y1 - at(t)} />
          <text x={plot.x0 - TICK_SIZE - 2} y={plot.y1 - at(t)} dy="0.355em" textAnchor="end">{format(t)}</text>
        </g>
      ) : (
        <g key={t}>
          <line {...AXIS} x1={plot.x0 + at(t)} x2={plot.x0 + at(t)} y1={plot.y1} y2={plot.y1 + TICK_SIZE} />
          <text x={plot.x0 + at(t)} y={plot.y1 + TICK_SIZE + 2} dy="0.71em" textAnchor="middle">{format(t)}</text>
        </g>
      )))}
    </g>
  );
}

/**
 * Category names beside horizontal bars, right-aligned to the axis: each fitted to three lines of the axis's
 * width (fitTick), the whole name in a title when it had to be cut.
 */
export function CategoryAxis({ plot, names, width }: { plot: Plot; names: readonly string[]; width: number }) {
  const band = (plot.y1 - plot.y0) / Math.max(1, names.length);
  const size = AXIS_TICK.fontSize;
  const x = plot.x0 - TICK_SIZE - 2;
  return (
    <g className="chart-axis-y" fontSize={size} fill={AXIS_TICK.fill}>
      <line {...AXIS} x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} />
      {names.map((whole, i) => {
        const fitted = fitTick(breakAtDashes(whole), size, width);
        const lines = wrapText(fitted.text, size, width).slice(0, TICK_LINES);
        const y = plot.y0 + (i + 0.5) * band;
        const text = (
          <text x={x} y={y} textAnchor="end">
            {lines.map((line, j) => (
              <tspan key={j} x={x} dy={`${j ? LINE_EM : 0.355 - ((lines.length - 1) * LINE_EM) / 2}em`}>{line}</tspan>
            ))}
          </text>
        );
        return <g key={i}>{fitted.cut ? <title>{whole}</title> : null}{text}</g>;
      })}
    </g>
  );
}

/**
 * Category names under the plot at `xs`: every one where they fit, else every n-th (the first kept), so
 * 24 months on a phone never print over each other. The last one keeps inside the drawing.
 */
export function CategoryLabels({ plot, names, xs, right }: { plot: Plot; names: readonly string[]; xs: readonly number[]; right: number }) {
  const size = AXIS_TICK.fontSize;
  const widths = names.map((n) => measureText(n, size));
  const every = labelEvery(widths, xs.length > 1 ? ((xs[xs.length - 1] ?? 0) - (xs[0] ?? 0)) / (xs.length - 1) : plot.x1 - plot.x0);
  return (
    <g className="chart-axis-x" fontSize={size} fill={AXIS_TICK.fill}>
      <line {...AXIS} x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} />
      {names.map((name, i) => {
        if (i % every) return null;
        const x = xs[i] ?? 0;
        const anchor = x + (widths[i] ?? 0) / 2 > right ? 'end' : 'middle';
        return (
          <g key={i}>
            <line {...AXIS} x1={x} x2={x} y1={plot.y1} y2={plot.y1 + TICK_SIZE} />
            <text x={anchor === 'end' ? right : x} y={plot.y1 + TICK_SIZE + 2} dy="0.71em" textAnchor={anchor}>{name}</text>
          </g>
        );
      })}
    </g>
  );
}
